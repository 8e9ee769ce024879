using System.Text;
using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Cli.Commands;

/// <summary>Writes saved results as indented JSON on the command's output.</summary>
internal static class ResultsOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteResult(SavedResult result, TextWriter output) => Write(output, json => SavedResultJson.Write(json, result));

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented)) write(json);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
