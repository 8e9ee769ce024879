namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>A row's two values as sortable keys (<see cref="ByX"/> and <see cref="ByY"/> sort by either).</summary>
internal struct RankPair
{
    public ulong X;
    public ulong Y;

    public RankPair(double x, double y)
    {
        X = SortableKeys.Of(x);
        Y = SortableKeys.Of(y);
    }

    public readonly struct ByX : IRadixKey<RankPair>
    {
        public static ulong Of(in RankPair item) => item.X;
    }

    public readonly struct ByY : IRadixKey<RankPair>
    {
        public static ulong Of(in RankPair item) => item.Y;
    }
}

/// <summary>
/// Spearman's ρ as scipy's <c>spearmanr</c>: Pearson's r of the two columns' ranks, ties taking
/// their average rank. Exact up to the last division: twice an average rank is an integer, so
/// every sum (Σx, Σx², Σxy over twice-ranks) is an exact 128-bit integer, and ρ = (nΣxy − ΣxΣy) /
/// √((nΣx² − (Σx)²)(nΣy² − (Σy)²)) rounds once per operand. Sort by x, replace x by its twice-rank,
/// sort by y, and read the rest. NaN with fewer than two rows or a constant column.
/// </summary>
internal static class SpearmanCorrelation
{
    /// <summary>ρ of the pairs; the array is reordered and overwritten.</summary>
    public static double Of(RankPair[] pairs)
    {
        var n = pairs.Length;
        if (n < 2) return double.NaN;
        RadixSort.Sort<RankPair, RankPair.ByX>(pairs, n);
        Int128 xx = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && pairs[end].X == pairs[start].X) end++;
            var twiceRank = (ulong)(start + 1 + end); // positions start+1 … end, averaged and doubled
            xx += (Int128)(end - start) * (long)twiceRank * (long)twiceRank;
            for (var k = start; k < end; k++) pairs[k].X = twiceRank;
            start = end;
        }

        var byY = pairs;
        RadixSort.Sort<RankPair, RankPair.ByY>(byY, n);
        Int128 yy = 0, xy = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && byY[end].Y == byY[start].Y) end++;
            var twiceRank = (long)(start + 1 + end);
            Int128 xs = 0;
            for (var k = start; k < end; k++) xs += (long)byY[k].X;
            yy += (Int128)(end - start) * twiceRank * twiceRank;
            xy += xs * twiceRank;
            start = end;
        }

        Int128 total = (Int128)n * (n + 1); // Σ of twice-ranks, either column
        var covariance = n * xy - total * total;
        var xSpread = n * xx - total * total;
        var ySpread = n * yy - total * total;
        if (xSpread == 0 || ySpread == 0) return double.NaN;
        var r = (double)covariance / (Math.Sqrt((double)xSpread) * Math.Sqrt((double)ySpread));
        return Math.Clamp(r, -1, 1);
    }

    /// <summary>ρ of two columns; rows where either value is NaN are left out (§6).</summary>
    public static double Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var pairs = new List<RankPair>(x.Length);
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i])) pairs.Add(new RankPair(x[i], y[i]));
        return Of(pairs.ToArray());
    }
}
