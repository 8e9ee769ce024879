using Apache.Arrow;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>How a query's rows become its LINQ result.</summary>
internal enum Terminal
{
    /// <summary>The rows, as a sequence.</summary>
    Sequence,
    First,
    FirstOrDefault,
    Single,
    SingleOrDefault,
    Count,
    LongCount,
    Any,
}

/// <summary>
/// One query shape translated: the AST to build from the client values (every value becomes a
/// literal, which the engine binds as a parameter), the output columns the reader takes, and the
/// compiled reader that makes one result object from a row of Arrow arrays and the client values.
/// </summary>
internal sealed class TranslatedQuery
{
    public required Func<object?[], Query> Build { get; init; }

    /// <summary>The output columns the reader reads, in the order of its array argument.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>
    /// <c>Func&lt;IArrowArray[], int, object?[], TElement&gt;</c>: one object from row i of the arrays; client
    /// values the projection computes with (<c>g.Count() * scale</c>) are read from the execution's values.
    /// </summary>
    public required Delegate Reader { get; init; }

    public required Type ElementType { get; init; }

    public required Terminal Terminal { get; init; }
}

/// <summary>Reads typed objects out of record batches with a translated query's reader.</summary>
internal static class BatchReader
{
    public static IEnumerable<T> Read<T>(IEnumerable<RecordBatch> batches, TranslatedQuery translated, object?[] values)
    {
        var reader = (Func<IArrowArray[], int, object?[], T>)translated.Reader;
        foreach (var batch in batches)
        {
            var arrays = new IArrowArray[translated.Columns.Count];
            for (var k = 0; k < arrays.Length; k++)
            {
                var index = batch.Schema.GetFieldIndex(translated.Columns[k]);
                if (index < 0)
                    throw new InvalidOperationException($"The query's result has no column `{translated.Columns[k]}` (it has {string.Join(", ", batch.Schema.FieldsList.Select(f => f.Name))}).");
                arrays[k] = batch.Column(index);
            }
            for (var row = 0; row < batch.Length; row++) yield return reader(arrays, row, values);
        }
    }
}
