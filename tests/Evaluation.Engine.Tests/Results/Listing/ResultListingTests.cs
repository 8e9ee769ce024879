using Evaluation.Engine.Results;
using Evaluation.Engine.Results.Listing;
using Evaluation.Engine.Results.Store;
using Evaluation.Engine.Tests.Results.Store;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Listing;

/// <summary>NeMo's list semantics over a store: filter operators, search, sort, pages, delete.</summary>
public sealed class ResultListingTests : IDisposable
{
    private readonly TempStore _temp = new();

    public ResultListingTests()
    {
        Save("llama-a", "ws/llama-3", "ws/qa", "ws/set1", day: 1, new[] { "nightly", "gpu" }, "exact-match", lr: "0.1");
        Save("llama-b", "ws/llama-3", "ws/math", "ws/set2", day: 2, new[] { "nightly" }, "accuracy", lr: "0.2");
        Save("mistral-c", "ws/mistral", "ws/qa", "ws/set1", day: 3, new[] { "gpu" }, "exact-match", lr: "0.1");
        Save("gpt-d", "ws/gpt", "ws/qa-hard", "ws/set3", day: 4, Array.Empty<string>(), "f1", lr: "0.3");
    }

    public void Dispose() => _temp.Dispose();

    private void Save(string name, string model, string benchmark, string dataset, int day, string[] tags, string metric, string lr) =>
        _temp.Store.Save(new SavedResult(new ResultRun
        {
            Name = name, Model = model, Benchmark = benchmark, Dataset = dataset, CreatedAt = new DateTime(2026, 1, day, 0, 0, 0, DateTimeKind.Utc),
            Tags = tags, Params = new Dictionary<string, string> { ["lr"] = lr }, Status = day == 4 ? ResultStatus.Failed : ResultStatus.Success,
        }, new[] { new ResultScore { Metric = metric, Score = day / 10.0 } }));

    private string[] Names(string? filter = null, string? search = null, string sort = "-created_at", long page = 1, long size = 100)
    {
        var selected = ResultFilter.All;
        if (filter is not null) selected = selected.And(ResultFilter.Parse(filter));
        if (search is not null) selected = selected.And(ResultFilter.Search(search));
        return ResultListing.List(_temp.Store, new ListRequest { Filter = selected, Sort = sort, Page = page, PageSize = size }).Data.Select(r => r.Run.Name).ToArray();
    }

    [Theory]
    [InlineData("""{"benchmark": "ws/qa"}""", "mistral-c,llama-a")]
    [InlineData("""{"benchmark": {"$eq": "ws/qa"}}""", "mistral-c,llama-a")]
    [InlineData("""{"benchmark": {"$ne": "ws/qa"}}""", "gpt-d,llama-b")]
    [InlineData("""{"model": {"$in": ["ws/gpt", "ws/mistral"]}}""", "gpt-d,mistral-c")]
    [InlineData("""{"model": {"$nin": ["ws/gpt", "ws/mistral"]}}""", "llama-b,llama-a")]
    [InlineData("""{"benchmark": {"$like": "QA"}}""", "gpt-d,mistral-c,llama-a")]
    [InlineData("""{"dataset": "ws/set1", "model": "ws/llama-3"}""", "llama-a")]
    [InlineData("""{"metric": "exact-match"}""", "mistral-c,llama-a")]
    [InlineData("""{"tags": "gpu"}""", "mistral-c,llama-a")]
    [InlineData("""{"$and": [{"tags": "gpu"}, {"tags": "nightly"}]}""", "llama-a")]
    [InlineData("""{"tags": {"$nin": ["gpu"]}}""", "gpt-d,llama-b")]
    [InlineData("""{"$or": [{"name": "gpt-d"}, {"dataset": "ws/set2"}]}""", "gpt-d,llama-b")]
    [InlineData("""{"$not": {"benchmark": {"$like": "qa"}}}""", "llama-b")]
    [InlineData("""{"model": {"$not": {"$eq": "ws/llama-3"}}}""", "gpt-d,mistral-c")]
    [InlineData("""{"created_at": {"$gt": "2026-01-02T00:00:00"}}""", "gpt-d,mistral-c")]
    [InlineData("""{"created_at": {"$gte": "2026-01-02"}}""", "gpt-d,mistral-c,llama-b")]
    [InlineData("""{"created_at": {"$lt": "2026-01-02"}}""", "llama-a")]
    [InlineData("""{"created_at": {"$lte": "2026-01-02T00:00:00Z"}}""", "llama-b,llama-a")]
    [InlineData("""{"updated_at": {"$gte": "2026-01-04"}}""", "gpt-d")]
    [InlineData("""{"status": "failed"}""", "gpt-d")]
    [InlineData("""{"params.lr": "0.1"}""", "mistral-c,llama-a")]
    [InlineData("""{"name": {"$gt": "l", "$lt": "m"}}""", "llama-b,llama-a")]
    public void Filters_select_by_every_operator(string filter, string expected) =>
        Assert.Equal(expected.Split(','), Names(filter));

    [Fact]
    public void Search_is_a_case_insensitive_substring_of_name_benchmark_dataset_or_model()
    {
        Assert.Equal(new[] { "llama-b", "llama-a" }, Names(search: "LLAMA"));
        Assert.Equal(new[] { "llama-b" }, Names(search: "math"));
        Assert.Equal(new[] { "gpt-d" }, Names(search: "set3"));
        Assert.Equal(new[] { "gpt-d", "mistral-c" }, Names(search: "ws/", filter: """{"model": {"$in": ["ws/gpt", "ws/mistral"]}}"""));
    }

    [Theory]
    [InlineData("-created_at", "gpt-d,mistral-c,llama-b,llama-a")]
    [InlineData("created_at", "llama-a,llama-b,mistral-c,gpt-d")]
    [InlineData("name", "gpt-d,llama-a,llama-b,mistral-c")]
    [InlineData("-name", "mistral-c,llama-b,llama-a,gpt-d")]
    [InlineData("updated_at", "llama-a,llama-b,mistral-c,gpt-d")]
    [InlineData("-updated_at", "gpt-d,mistral-c,llama-b,llama-a")]
    public void Sort_keys_order_the_listing(string sort, string expected) => Assert.Equal(expected.Split(','), Names(sort: sort));

    [Fact]
    public void Pages_cover_every_result_once_and_report_the_totals()
    {
        var first = ResultListing.List(_temp.Store, new ListRequest { Sort = "name", PageSize = 3 });
        var second = ResultListing.List(_temp.Store, new ListRequest { Sort = "name", PageSize = 3, Page = 2 });
        Assert.Equal(new Pagination(1, 3, 2, 4), first.Pagination);
        Assert.Equal(new Pagination(2, 3, 2, 4), second.Pagination);
        Assert.Equal(new[] { "gpt-d", "llama-a", "llama-b", "mistral-c" }, first.Data.Concat(second.Data).Select(r => r.Run.Name));
        Assert.Equal(new Pagination(1, 100, 1, 4), ResultListing.List(_temp.Store, new ListRequest()).Pagination);
    }

    [Fact]
    public void A_page_past_the_end_and_bad_sort_or_sizes_are_errors_not_empty_pages()
    {
        Assert.Contains("past the last page (2)", Assert.Throws<ResultStoreException>(() => Names(page: 3, size: 3)).Message);
        Assert.Contains("not a sort key", Assert.Throws<ResultStoreException>(() => Names(sort: "score")).Message);
        Assert.Contains("at least 1", Assert.Throws<ResultStoreException>(() => Names(size: 0)).Message);
        Assert.Contains("start at 1", Assert.Throws<ResultStoreException>(() => Names(page: 0)).Message);
        Assert.Empty(Names(filter: """{"name": "none"}"""));
    }

    [Theory]
    [InlineData("""{"benchmrk": "x"}""", "$.benchmrk: unknown field `benchmrk`")]
    [InlineData("""{"benchmark": {"$gtt": "x"}}""", "$.benchmark.$gtt: unknown operator `$gtt`")]
    [InlineData("""{"model": {"$in": "x"}}""", "$.model.$in: `$in` takes a list")]
    [InlineData("""{"created_at": {"$gt": "yesterday"}}""", "$.created_at.$gt: `yesterday` is not a date")]
    [InlineData("""{"$or": {"name": "x"}}""", "$.$or: `$or` takes a list")]
    [InlineData("""[1]""", "$: a filter is a JSON object")]
    [InlineData("""{"name": """, "not valid JSON")]
    public void Bad_filters_are_reported_with_their_json_path(string filter, string message) =>
        Assert.Contains(message, Assert.Throws<ResultStoreException>(() => ResultFilter.Parse(filter)).Message);

    [Fact]
    public void A_deleted_result_leaves_listings_and_queries()
    {
        _temp.Store.Delete("mistral-c");
        Assert.Equal(new[] { "llama-a" }, Names("""{"benchmark": "ws/qa"}"""));
        using var engine = EvaluationEngine.Open();
        var names = engine.Query($"from results('{_temp.Folder}') | select name | order by name").Rows.Select(r => r[0]);
        Assert.Equal(new object?[] { "gpt-d", "llama-a", "llama-b" }, names);
        Assert.Throws<ResultStoreException>(() => _temp.Store.Delete("mistral-c"));
    }
}
