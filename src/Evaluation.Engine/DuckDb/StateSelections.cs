namespace Evaluation.Engine.DuckDb;

/// <summary>
/// The rows of one chunk gathered by aggregate state (a counting sort on the state pointer):
/// grouped aggregation interleaves groups row by row, and an aggregate is updated best once per
/// state with all of that state's rows. One instance per DuckDB thread, its buffers reused chunk
/// after chunk.
/// </summary>
internal sealed unsafe class StateSelections
{
    private readonly Dictionary<IntPtr, int> _indexOf = new();
    private IntPtr[] _states = new IntPtr[2048];
    private int[] _starts = new int[2049];
    private int[] _groupOfRow = new int[2048];
    private int[] _rows = new int[2048];

    /// <summary>Distinct states of the chunk, in order of first appearance.</summary>
    public int Count { get; private set; }

    /// <summary>Gathers the rows of <paramref name="rowCount"/> rows by their state pointer.</summary>
    public void Gather(IntPtr* states, int rowCount)
    {
        if (_groupOfRow.Length < rowCount)
        {
            _states = new IntPtr[rowCount];
            _starts = new int[rowCount + 1];
            _groupOfRow = new int[rowCount];
            _rows = new int[rowCount];
        }
        _indexOf.Clear();
        Count = 0;
        IntPtr last = IntPtr.Zero;
        var lastIndex = -1;
        for (var row = 0; row < rowCount; row++)
        {
            var state = states[row];
            if (state != last || lastIndex < 0)
            {
                if (!_indexOf.TryGetValue(state, out lastIndex))
                {
                    _indexOf[state] = lastIndex = Count;
                    _states[Count] = state;
                    _starts[Count + 1] = 0;
                    Count++;
                }
                last = state;
            }
            _groupOfRow[row] = lastIndex;
            _starts[lastIndex + 1]++;
        }
        _starts[0] = 0;
        for (var g = 0; g < Count; g++) _starts[g + 1] += _starts[g];
        // Fill each state's slice in row order, moving its start as it goes, then move the starts back.
        for (var row = 0; row < rowCount; row++) _rows[_starts[_groupOfRow[row]]++] = row;
        for (var g = Count; g > 0; g--) _starts[g] = _starts[g - 1];
        _starts[0] = 0;
    }

    /// <summary>The state pointer of state <paramref name="index"/>.</summary>
    public IntPtr State(int index) => _states[index];

    /// <summary>The rows of state <paramref name="index"/>, ascending.</summary>
    public ReadOnlySpan<int> Rows(int index) => _rows.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}
