using System.Text.Json;
using Evaluation.Language;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Evaluation.Language.Validation;

namespace Evaluation.Benchmarks;

/// <summary>
/// Parsing and validating a typical 10-line query. Baseline: System.Text.Json reading the same
/// JSON request into a document (no AST, no positions kept per value, no validation), the
/// cheapest "read this request" a service could do.
/// </summary>
internal static class ParsingBenchmarks
{
    private const string Dsl = """
        # RMSE and AUC per model version and day, for one segment
        from 'samples/data/credit/*.parquet'
        | where SEX == 1 and inference_timestamp >= @2026-01-01
        | group by model_version, day = roundTimestamp(inference_timestamp, 'day')
        | select error = rmse(FICO_actual, FICO_predicted),
                 auc = auc(label, score),
                 cm = confusionMatrix(label, score, threshold: 0.5),
                 n = count()
        | order by error desc
        | limit 10
        """;

    public static IEnumerable<Harness.Figure> Run()
    {
        var json = JsonPrinter.Print(DslParser.ParseQuery(Dsl).Value!);
        var schema = new SourceSchema(new[]
        {
            new SchemaColumn("SEX", ColumnType.Integer), new SchemaColumn("inference_timestamp", ColumnType.Timestamp),
            new SchemaColumn("model_version", ColumnType.String), new SchemaColumn("FICO_actual", ColumnType.Float),
            new SchemaColumn("FICO_predicted", ColumnType.Float), new SchemaColumn("label", ColumnType.Integer),
            new SchemaColumn("score", ColumnType.Float),
        });
        var options = new ValidationOptions { Schema = schema };
        void Baseline() => JsonDocument.Parse(json).Dispose();

        yield return Harness.Compare("parse DSL (10 lines)", () => DslParser.ParseQuery(Dsl), "System.Text.Json parse of the JSON request", Baseline);
        yield return Harness.Compare("parse JSON (10-line query)", () => JsonQueryParser.Parse(json), "System.Text.Json parse of the JSON request", Baseline);
        yield return Harness.Compare("parse + validate DSL with schema", () => QueryText.Check(Dsl, options), "System.Text.Json parse of the JSON request", Baseline);
        var query = DslParser.ParseQuery(Dsl).Value!;
        yield return Harness.Compare("print canonical DSL + JSON", () => { DslPrinter.Print(query); JsonPrinter.Print(query); }, "System.Text.Json parse of the JSON request", Baseline);
    }
}
