using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sources;

/// <summary>Descriptors found beside the data or given with --model; checked against the data; defaults applied before validation.</summary>
public class DescriptorSourceTests
{
    private static string Credit => Paths.File("samples/data/credit/*.parquet");

    [Fact]
    public void Arthurs_requests_without_columns_run_against_the_credit_sample()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = Credit } });
        var defaulted = engine.Query("""{"select": [{"function": "auc", "parameters": {}}, {"function": "confusionMatrix", "parameters": {"threshold": 0.5}}]}""");
        var explicitly = engine.Query("select auc = auc(label, score), confusionMatrix = confusionMatrix(label, score, threshold: 0.5)");
        Assert.Equal(explicitly.Rows[0], defaulted.Rows[0]);
        Assert.Contains("auc(label, score, pos_label: 1)", engine.Explain("""{"select": [{"function": "auc"}]}""").Dsl);
    }

    [Fact]
    public void A_descriptor_that_names_a_missing_column_is_an_error_naming_the_field()
    {
        using var data = new TestData();
        var model = Path.Combine(data.Folder, "broken.model.json");
        File.WriteAllText(model, """{"columns": [{"name": "id", "stage": "NON_INPUT_DATA"}, {"name": "scor", "stage": "PREDICTED_VALUE"}]}""");
        using var engine = EvaluationEngine.Open(new EngineOptions { Model = model });
        var error = Assert.Throws<QueryException>(() => engine.Query($"{data.From} | select n = count()"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("EVQ045", diagnostic.Code);
        Assert.Equal($"{model} ($.columns[1].name) names the column `scor`, which {data.Parquet} does not have", diagnostic.Message);
        Assert.Equal("score", diagnostic.Suggestion);
    }

    [Fact]
    public void A_descriptor_beside_a_file_is_found_and_a_broken_one_is_reported()
    {
        using var data = new TestData();
        File.WriteAllText(Path.Combine(data.Folder, "rows.model.json"), """{"ground_truth": "label", "prediction": "score", "thresold": 0.5}""");
        using var engine = EvaluationEngine.Open();
        var error = Assert.Throws<QueryException>(() => engine.Query($"{data.From} | select n = count()"));
        Assert.StartsWith(Path.Combine(data.Folder, "rows.model.json") + " ($.thresold): unknown key `thresold`", Assert.Single(error.Diagnostics).Message);
        File.WriteAllText(Path.Combine(data.Folder, "rows.model.json"), """{"ground_truth": "label", "prediction": "score", "threshold": 0.5}""");
        var result = engine.Query($"{data.From} | select p = precision()");
        Assert.Equal(1.0, result.Rows[0][0]); // rows 1 and 6 are the predicted positives (score >= 0.5), both labelled 1
    }
}

public class FolderDescriptorTests
{
    [Fact]
    public void A_file_in_a_described_folder_uses_the_folders_descriptor()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = Paths.File("samples/data/classifier/inferences.parquet") } });
        var defaulted = engine.Query("""{"select": [{"function": "accuracyRateMulticlass"}]}""");
        var explicitly = engine.Query("select accuracyRateMulticlass = accuracyRateMulticlass(true_class, predicted_class)");
        Assert.Equal(explicitly.Rows[0], defaulted.Rows[0]);
    }
}
