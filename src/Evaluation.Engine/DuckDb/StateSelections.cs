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
    private IntPtr[] _lastStates = new IntPtr[2048];
    private int _lastCount = -1;

    /// <summary>Distinct states of the chunk, in order of first appearance.</summary>
    public int Count { get; private set; }

    /// <summary>Gathers the rows of <paramref name="rowCount"/> rows by their state pointer.</summary>
    public void Gather(IntPtr* states, int rowCount)
    {
        if (SameGroupsAsLast(states, rowCount)) return;
        if (_groupOfRow.Length < rowCount)
        {
            _states = new IntPtr[rowCount];
            _starts = new int[rowCount + 1];
            _groupOfRow = new int[rowCount];
            _rows = new int[rowCount];
            _lastStates = new IntPtr[rowCount];
        }
        new ReadOnlySpan<IntPtr>(states, rowCount).CopyTo(_lastStates);
        _lastCount = rowCount;
        _indexOf.Clear();
        Count = 0;
        IntPtr last = IntPtr.Zero;
        var lastIndex = -1;
        for (var row = 0; row < rowCount; row++)
        {
            var state = states[row];
            if (state != last || lastIndex < 0)
            {
                lastIndex = IndexOf(state);
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

    /// <summary>
    /// DuckDB updates each aggregate of a select with the same chunk in turn, and one group's states
    /// lie at a fixed offset from each other (the aggregates' slots of one group row): when this
    /// chunk's state pointers are the last chunk's shifted by one constant (zero included), its rows
    /// were already gathered — only the state pointers move. The check compares every row, so it never guesses.
    /// </summary>
    private bool SameGroupsAsLast(IntPtr* states, int rowCount)
    {
        if (rowCount != _lastCount || rowCount == 0) return false;
        var delta = states[0] - _lastStates[0];
        var last = _lastStates.AsSpan(0, rowCount);
        for (var row = 0; row < rowCount; row++)
            if (states[row] - last[row] != delta) return false;
        for (var row = 0; row < rowCount; row++) last[row] += delta;
        for (var g = 0; g < Count; g++) _states[g] += delta;
        return true;
    }

    /// <summary>
    /// The index of a state, new ones numbered as they come. The first few states are found by a
    /// scan (a few groups interleaved row by row is the common case, and a scan of pointers costs
    /// less than hashing one); the rest through the dictionary.
    /// </summary>
    private int IndexOf(IntPtr state)
    {
        const int Scanned = 8;
        var scanned = Math.Min(Count, Scanned);
        for (var g = 0; g < scanned; g++)
            if (_states[g] == state) return g;
        if (Count > Scanned && _indexOf.TryGetValue(state, out var index)) return index;
        index = Count++;
        if (index >= Scanned) _indexOf[state] = index;
        _states[index] = state;
        _starts[index + 1] = 0;
        return index;
    }

    /// <summary>The state pointer of state <paramref name="index"/>.</summary>
    public IntPtr State(int index) => _states[index];

    /// <summary>The rows of state <paramref name="index"/>, ascending.</summary>
    public ReadOnlySpan<int> Rows(int index) => _rows.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}
