using Evaluation.Language.Descriptors;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// Finds and reads dataset descriptors: <c>NAME.model.json</c> beside a file <c>NAME.ext</c>, else
/// the descriptor of the file's folder; for a folder or a glob, <c>FOLDER.model.json</c> beside the folder
/// (<c>samples/data/credit/*.parquet</c> → <c>samples/data/credit.model.json</c>). Then checks
/// that every column the descriptor names is in the data.
/// </summary>
internal static class DescriptorFiles
{
    public static string? Beside(string path)
    {
        var isGlob = SourcePaths.IsGlob(path);
        string candidate;
        if (!isGlob && Directory.Exists(path))
            candidate = Path.TrimEndingDirectorySeparator(path) + ".model.json";
        else if (isGlob)
        {
            var folder = Path.GetDirectoryName(path);
            if (string.IsNullOrEmpty(folder) || SourcePaths.IsGlob(folder)) return null;
            candidate = Path.TrimEndingDirectorySeparator(folder) + ".model.json";
        }
        else
        {
            // A file's own descriptor, else the one of the folder it is in (the folder's data share it).
            var file = path.Split('#')[0];
            var folder = Path.GetDirectoryName(file) ?? "";
            candidate = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".model.json");
            if (!File.Exists(candidate) && folder.Length > 0) candidate = Path.TrimEndingDirectorySeparator(folder) + ".model.json";
        }
        return File.Exists(candidate) ? candidate : null;
    }

    /// <summary>Reads a descriptor file; an unreadable or invalid one is an error naming the file and the field.</summary>
    public static DatasetDescriptor Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QueryException(new[] { DiagnosticDescriptors.DescriptorMismatch.At(Language.Ast.SourceSpan.None, $"cannot read the descriptor {file}: {e.Message}") });
        }
        var parsed = DescriptorParser.Parse(text, file);
        if (parsed.HasErrors || parsed.Value is null)
            throw new QueryException(parsed.Diagnostics.Where(d => d.IsError).Select(d =>
                d with { Message = $"{file} ({d.Span.JsonPath ?? "$"}): {d.Message}", Span = Language.Ast.SourceSpan.None }).ToList());
        return parsed.Value;
    }

    /// <summary>Every column the descriptor names must be a column of the data.</summary>
    public static IReadOnlyList<Diagnostic> Check(DatasetDescriptor descriptor, SourceSchema schema, string data)
    {
        var problems = new List<Diagnostic>();
        void Need(string column, string path)
        {
            if (schema.Find(column) is null)
                problems.Add(DiagnosticDescriptors.DescriptorMismatch.At(Language.Ast.SourceSpan.None,
                    $"{descriptor.Origin} ({path}) names the column `{column}`, which {data} does not have",
                    Language.Catalog.Suggestions.Closest(column, schema.AllNames())));
        }
        foreach (var column in descriptor.Columns) Need(column.Name, column.Path);
        foreach (var pair in descriptor.Classes)
        {
            Need(pair.Predicted, pair.Path + ".predicted");
            Need(pair.GroundTruth, pair.Path + ".ground_truth");
        }
        if (descriptor.Timestamp is { } timestamp) Need(timestamp.Value, timestamp.Path);
        if (descriptor.GroundTruth is { } truth) Need(truth.Value, truth.Path);
        if (descriptor.Prediction is { } prediction) Need(prediction.Value, prediction.Path);
        return problems;
    }
}
