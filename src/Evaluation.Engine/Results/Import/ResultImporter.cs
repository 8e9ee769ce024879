using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// Turns another system's results file into saved results of the standard long table, and saves
/// them in a store. Formats: <c>polaris</c> (BenchmarkResults JSON), <c>openml</c> (an
/// evaluation listing), <c>metalab</c> (run records, JSON list or JSONL), <c>nemo</c> (aggregate
/// scores JSON, or row scores JSONL whose aggregates are computed here).
/// </summary>
public static class ResultImporter
{
    /// <summary>The formats <see cref="Import"/> reads.</summary>
    public static IReadOnlyList<string> Formats { get; } = new[] { "polaris", "openml", "metalab", "nemo" };

    /// <summary>Reads <paramref name="file"/> as <paramref name="format"/> without saving anything.</summary>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="file">The file to read.</param>
    /// <param name="name">The result's name, for formats holding one result (Polaris, NeMo); others name each run by its id.</param>
    /// <exception cref="ResultStoreException">The file is missing or malformed; the message names the file and field.</exception>
    public static IReadOnlyList<SavedResult> Read(string format, string file, string? name = null)
    {
        if (!File.Exists(file)) throw new ResultStoreException($"no file `{file}` to import");
        var text = File.ReadAllText(file);
        var json = new ImportJson(Path.GetFileName(file));
        return format switch
        {
            "polaris" => new[] { PolarisImporter.Read(json, text, name) },
            "openml" => OpenMlImporter.Read(json, text),
            "metalab" => MetalabImporter.Read(json, text),
            "nemo" => new[] { NemoImporter.Read(json, text, name ?? ResultNames.From(Path.GetFileNameWithoutExtension(file)), file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) },
            _ => throw new ResultStoreException($"unknown import format `{format}`; use one of {string.Join(", ", Formats)}"),
        };
    }

    /// <summary>Reads and saves; every result is checked before the first is saved, and a taken name stops the import before anything is written.</summary>
    public static IReadOnlyList<SavedResult> Import(ResultStore store, string format, string file, string? name = null)
    {
        var results = Read(format, file, name);
        foreach (var result in results)
        {
            if (ResultNames.Problem(result.Run.Name) is { } problem) throw new ResultStoreException(problem);
            if (store.Contains(result.Run.Name)) throw new ResultStoreException($"a result named `{result.Run.Name}` already exists in {store.Folder}; nothing was imported");
        }
        var duplicate = results.GroupBy(r => r.Run.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ResultStoreException($"{file}: two runs would both be named `{duplicate.Key}`; nothing was imported");
        foreach (var result in results) store.Save(result);
        return results;
    }
}
