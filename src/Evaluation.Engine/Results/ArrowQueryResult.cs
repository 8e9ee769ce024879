using Apache.Arrow;
using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Results;

/// <summary>
/// A query's result as a stream of Arrow record batches (one per DuckDB chunk, read as the
/// caller iterates). <see cref="Warnings"/> fills as batches are read: undefined metric values
/// with their group and reason, as in <see cref="QueryResult"/>.
/// </summary>
public sealed class ArrowQueryResult
{
    private readonly IEnumerable<RecordBatch> _source;
    private readonly QueryPlan _plan;
    private readonly List<Diagnostic> _warnings;

    internal ArrowQueryResult(IEnumerable<RecordBatch> source, QueryPlan plan)
    {
        _source = source;
        _plan = plan;
        _warnings = plan.Warnings.Where(w => !w.IsError).ToList();
    }

    /// <summary>Warnings found so far (all of them once <see cref="Batches"/> has been read to the end).</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    /// <summary>The batches, with the query's output columns; can be read once.</summary>
    public IEnumerable<RecordBatch> Batches
    {
        get
        {
            foreach (var batch in _source)
            {
                Check(batch);
                var visible = Enumerable.Range(0, batch.Schema.FieldsList.Count)
                    .Where(i => !UndefinedValues.IsReasonColumn(batch.Schema.GetFieldByIndex(i).Name))
                    .ToList();
                if (visible.Count == batch.ColumnCount)
                {
                    yield return batch;
                    continue;
                }
                var schema = new Schema(visible.Select(batch.Schema.GetFieldByIndex), batch.Schema.Metadata);
                yield return new RecordBatch(schema, visible.Select(batch.Column), batch.Length);
            }
        }
    }

    private void Check(RecordBatch batch)
    {
        foreach (var column in _plan.Columns.Where(c => c.ReasonColumn is not null))
        {
            var reasonIndex = batch.Schema.GetFieldIndex(column.ReasonColumn);
            if (reasonIndex < 0 || batch.Column(reasonIndex) is not StringArray reasons) continue;
            for (var row = 0; row < batch.Length; row++)
            {
                if (reasons.IsNull(row)) continue;
                var at = row;
                UndefinedValues.Report(_plan, column.Name, reasons.GetString(row), g =>
                    batch.Schema.GetFieldIndex(g) is var index and >= 0 ? ArrowValues.Get(batch.Column(index), at) : null, _warnings);
            }
        }
    }
}
