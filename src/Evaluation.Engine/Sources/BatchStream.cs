using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Evaluation.Engine.Sources;

/// <summary>Record batches already in memory, or produced lazily, as an <see cref="IArrowArrayStream"/>.</summary>
internal sealed class BatchStream : IArrowArrayStream
{
    private readonly IEnumerator<RecordBatch> _batches;

    public BatchStream(Schema schema, IEnumerable<RecordBatch> batches)
    {
        Schema = schema;
        _batches = batches.GetEnumerator();
    }

    public Schema Schema { get; }

    public ValueTask<RecordBatch?> ReadNextRecordBatchAsync(CancellationToken cancellationToken = default) =>
        new(_batches.MoveNext() ? _batches.Current : null);

    public void Dispose() => _batches.Dispose();
}
