using Evaluation.Language.Ast;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Support;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Samples;

/// <summary>
/// The sample queries under <c>samples/queries/</c>. A folder that holds JSON requests pairs
/// each <c>NAME.json</c> with its DSL twin <c>NAME.evq</c> beside it; both must parse to one
/// tree, validate, and survive printing to either front-end and back. A <c>.evq</c> with no
/// JSON twin beside it (a DSL-only sample, or an approved canonical snapshot) must parse,
/// validate and print back to the same tree. <c>*.received.*</c> files (failed snapshots) are
/// not samples.
/// </summary>
public class SampleQueriesTests
{
    private const string SamplesFolder = "samples/queries";
    private const string ArthurFolder = "samples/queries/arthur";

    /// <summary>Every JSON request under samples/queries, as a path from the repository root.</summary>
    public static TheoryData<string> JsonRequests() => Data(SampleFiles(".json"));

    /// <summary>Every JSON request directly in samples/queries/arthur.</summary>
    public static TheoryData<string> ArthurRequests() =>
        Data(SampleFiles(".json").Where(p => string.Equals(Folder(p), ArthurFolder, StringComparison.Ordinal)));

    /// <summary>Every .evq under samples/queries that has no JSON twin beside it.</summary>
    public static TheoryData<string> StandaloneDsl() =>
        Data(SampleFiles(".evq").Where(p => !System.IO.File.Exists(Repository.File(Twin(p, ".json")))));

    [Fact]
    public void Arthur_samples_are_there()
    {
        // 30 requests: see samples/queries/arthur/README.md. Fewer means a sample went missing.
        var count = ArthurRequests().Count;
        Assert.True(count >= 30, $"expected at least 30 JSON requests in {ArthurFolder}, found {count}");
    }

    [Fact]
    public void Every_json_request_has_a_dsl_twin_and_every_dsl_sample_beside_json_has_a_json_twin()
    {
        var problems = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Repository.File(SamplesFolder), "*", SearchOption.AllDirectories)
                     .Prepend(Repository.File(SamplesFolder)))
        {
            var names = Directory.EnumerateFiles(folder).Where(f => !IsReceived(f)).ToList();
            var json = Stems(names, ".json");
            if (json.Count == 0) continue; // a folder of DSL-only samples or snapshots
            var dsl = Stems(names, ".evq");
            var relative = Path.GetRelativePath(Repository.Root, folder).Replace('\\', '/');
            problems.AddRange(json.Except(dsl).Select(n => $"{relative}/{n}.json has no {n}.evq beside it"));
            problems.AddRange(dsl.Except(json).Select(n => $"{relative}/{n}.evq has no {n}.json beside it"));
        }
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(JsonRequests))]
    public void Json_request_parses_without_diagnostics(string path)
    {
        var parsed = JsonQueryParser.Parse(Read(path));
        Assert.Empty(parsed.Diagnostics);
        Assert.NotNull(parsed.Value);
    }

    [Theory]
    [MemberData(nameof(JsonRequests))]
    public void Json_request_validates_against_a_source_with_a_descriptor(string path)
    {
        var query = ParseJson(path);
        Assert.Empty(QueryValidator.Validate(query, ValidationOptions.WithDescriptor()));
    }

    [Theory]
    [MemberData(nameof(JsonRequests))]
    public void Json_request_prints_back_to_the_same_json(string path)
    {
        var text = Read(path);
        JsonSemantics.AssertEqual(text, JsonPrinter.Print(ParseJson(path)));
    }

    [Theory]
    [MemberData(nameof(JsonRequests))]
    public void Json_request_survives_a_trip_through_the_dsl(string path)
    {
        var text = Read(path);
        var query = ParseJson(path);
        var dsl = DslPrinter.Print(query);
        var again = DslParser.ParseQuery(dsl);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(query, again.Value);
        JsonSemantics.AssertEqual(text, JsonPrinter.Print(again.Value!));
    }

    [Theory]
    [MemberData(nameof(JsonRequests))]
    public void Dsl_twin_parses_to_the_same_tree_as_the_json_request(string path)
    {
        var twin = Twin(path, ".evq");
        Assert.True(System.IO.File.Exists(Repository.File(twin)), $"{path} has no DSL twin {twin}");
        var parsed = DslParser.ParseQuery(Read(twin));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(ParseJson(path), parsed.Value);
    }

    [Theory]
    [MemberData(nameof(ArthurRequests))]
    public void Arthur_request_prints_the_approved_canonical_dsl(string path)
    {
        // The approved file ends with a newline, as text files do; the rest is the printer's output verbatim.
        var text = DslPrinter.Print(ParseJson(path)) + "\n";
        Approved.Verify($"{ArthurFolder}/canonical/{Path.GetFileNameWithoutExtension(path)}.evq", text);
    }

    [Theory]
    [MemberData(nameof(StandaloneDsl))]
    public void Dsl_sample_without_a_json_twin_parses_validates_and_prints_back(string path)
    {
        var parsed = DslParser.ParseScript(Read(path));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.IsError);
        var script = parsed.Value!;
        Assert.NotEmpty(script.Statements);
        Assert.DoesNotContain(QueryValidator.Validate(script, ValidationOptions.WithDescriptor()), d => d.IsError);
        var again = DslParser.ParseScript(DslPrinter.Print(script));
        Assert.Empty(again.Diagnostics);
        Assert.Equal(script, again.Value);
    }

    private static Query ParseJson(string path)
    {
        var parsed = JsonQueryParser.Parse(Read(path));
        Assert.False(parsed.HasErrors, $"{path} does not parse: {string.Join("; ", parsed.Diagnostics)}");
        return parsed.Value!;
    }

    private static string Read(string path) => System.IO.File.ReadAllText(Repository.File(path));

    /// <summary>Sample files with <paramref name="extension"/> under samples/queries, as sorted paths from the repository root.</summary>
    private static IEnumerable<string> SampleFiles(string extension)
    {
        var folder = Repository.File(SamplesFolder);
        if (!Directory.Exists(folder)) return Array.Empty<string>();
        return Directory.EnumerateFiles(folder, "*" + extension, SearchOption.AllDirectories)
            .Where(f => string.Equals(Path.GetExtension(f), extension, StringComparison.Ordinal) && !IsReceived(f))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    private static bool IsReceived(string file) => Path.GetFileName(file).Contains(".received.", StringComparison.Ordinal);

    private static HashSet<string> Stems(IEnumerable<string> files, string extension) =>
        new(files.Where(f => string.Equals(Path.GetExtension(f), extension, StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f)!), StringComparer.Ordinal);

    private static string Folder(string path) => path.Substring(0, path.LastIndexOf('/'));

    /// <summary>The file beside <paramref name="path"/> with the same base name and <paramref name="extension"/>.</summary>
    private static string Twin(string path, string extension) =>
        Folder(path) + "/" + Path.GetFileNameWithoutExtension(path) + extension;

    private static TheoryData<string> Data(IEnumerable<string> paths)
    {
        var data = new TheoryData<string>();
        foreach (var path in paths) data.Add(path);
        return data;
    }
}
