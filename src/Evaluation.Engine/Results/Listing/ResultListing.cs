using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Listing;

/// <summary>How to list results: NeMo's filter, sort and page.</summary>
public sealed record ListRequest
{
    /// <summary>The sort keys accepted by <see cref="Sort"/>.</summary>
    public static IReadOnlyList<string> SortKeys { get; } = new[] { "created_at", "-created_at", "name", "-name", "updated_at", "-updated_at" };

    /// <summary>Which results to list.</summary>
    public ResultFilter Filter { get; init; } = ResultFilter.All;

    /// <summary>One of <see cref="SortKeys"/>; a leading '-' sorts descending.</summary>
    public string Sort { get; init; } = "-created_at";

    /// <summary>The 1-based page.</summary>
    public long Page { get; init; } = 1;

    /// <summary>Results per page.</summary>
    public long PageSize { get; init; } = 100;
}

/// <summary>One page of a listing and NeMo's pagination facts.</summary>
/// <param name="Data">The results on the page.</param>
/// <param name="Pagination">Page, page size, total pages and total matching results.</param>
public sealed record ResultPage(IReadOnlyList<SavedResult> Data, Pagination Pagination);

/// <summary>Lists saved results: filter, sort (ties by name), then page; the totals always say how many matched.</summary>
public static class ResultListing
{
    /// <summary>The page of results <paramref name="request"/> asks for.</summary>
    /// <exception cref="ResultStoreException">The sort key, page or page size is invalid, or the page is past the last one.</exception>
    public static ResultPage List(ResultStore store, ListRequest request)
    {
        if (!ListRequest.SortKeys.Contains(request.Sort))
            throw new ResultStoreException($"--sort: `{request.Sort}` is not a sort key; use one of {string.Join(", ", ListRequest.SortKeys)}");
        if (request.Page < 1) throw new ResultStoreException($"--page: pages start at 1; got {request.Page}");
        if (request.PageSize < 1) throw new ResultStoreException($"--page-size: must be at least 1; got {request.PageSize}");
        var matching = store.ReadAll().Where(request.Filter.Matches).ToList();
        var descending = request.Sort.StartsWith('-');
        IOrderedEnumerable<SavedResult> sorted = request.Sort.TrimStart('-') switch
        {
            "name" => descending ? matching.OrderByDescending(r => r.Run.Name, StringComparer.Ordinal) : matching.OrderBy(r => r.Run.Name, StringComparer.Ordinal),
            "updated_at" => descending ? matching.OrderByDescending(r => r.Run.UpdatedAt ?? r.Run.CreatedAt) : matching.OrderBy(r => r.Run.UpdatedAt ?? r.Run.CreatedAt),
            _ => descending ? matching.OrderByDescending(r => r.Run.CreatedAt) : matching.OrderBy(r => r.Run.CreatedAt),
        };
        var ordered = sorted.ThenBy(r => r.Run.Name, StringComparer.Ordinal).ToList();
        var total = ordered.Count;
        var pages = (total + request.PageSize - 1) / request.PageSize;
        if (request.Page > Math.Max(1, pages))
            throw new ResultStoreException($"--page: page {request.Page} is past the last page ({pages}) of {total} result(s) at {request.PageSize} per page");
        var data = ordered.Skip((int)Math.Min(int.MaxValue, (request.Page - 1) * request.PageSize)).Take((int)Math.Min(int.MaxValue, request.PageSize)).ToList();
        return new ResultPage(data, new Pagination(request.Page, request.PageSize, pages, total));
    }
}
