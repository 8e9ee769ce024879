using System.Globalization;
using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Results;

/// <summary>
/// Runs a plan and shapes its rows: hidden reason columns become warnings that name the
/// group ("`precision` is undefined where segment = 'A': no predicted positive"), or NULLs,
/// or an error, as <c>on_undefined</c> says; a paged query also reports its totals.
/// </summary>
internal static class QueryRunner
{
    public static QueryResult Run(DuckDbSession session, QueryPlan plan, CancellationToken cancellation = default, IProgress<QueryProgress>? progress = null)
    {
        using var reporter = ProgressReporter.Start(session, progress);
        var (sql, parameters) = SqlGenerator.Generate(plan.Select);
        var rows = new List<object?[]>();
        var warnings = plan.Warnings.Where(w => !w.IsError).ToList();
        List<ResultColumn> columns;
        using (var reader = session.Reader(sql, parameters, cancellation))
        {
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var visible = names.Select((n, i) => (n, i)).Where(x => !UndefinedValues.IsReasonColumn(x.n)).Select(x => x.i).ToArray();
            columns = visible.Select(i => new ResultColumn(names[i], reader.GetDataTypeName(i))).ToList();
            var reasonOf = plan.Columns.Where(c => c.ReasonColumn is not null)
                .ToDictionary(c => c.Name, c => (Index: Array.IndexOf(names, c.ReasonColumn), c.Metric));
            var instants = DuckDbValues.Instants(reader);
            while (reader.Read())
            {
                cancellation.ThrowIfCancellationRequested();
                var raw = DuckDbValues.Row(reader, instants);
                var row = visible.Select(i => raw[i]).ToArray();
                for (var c = 0; c < columns.Count; c++)
                {
                    if (!reasonOf.TryGetValue(columns[c].Name, out var reason) || reason.Index < 0 || raw[reason.Index] is not string why) continue;
                    UndefinedValues.Report(plan, columns[c].Name, why, g => Array.IndexOf(names, g) is var at and >= 0 ? raw[at] : null, warnings);
                }
                rows.Add(row);
            }
        }

        long? total = null;
        if (plan.Total is not null)
        {
            var (countSql, countParameters) = SqlGenerator.Generate(plan.Total);
            using var reader = session.Reader(countSql, countParameters, cancellation);
            reader.Read();
            total = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        }
        var pagination = plan.Paging is { } p && total is { } t
            ? new Pagination(p.Page, p.PageSize, (t + p.PageSize - 1) / p.PageSize, t)
            : null;
        return new QueryResult(columns, rows, warnings, pagination, total);
    }
}
