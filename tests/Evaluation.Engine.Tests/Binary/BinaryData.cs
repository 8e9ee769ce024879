using System.Globalization;
using System.Text;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// Seeded small data for the binary tests: scores on a coarse grid (heavy ties), labels that
/// follow the score loosely, weights, three segments, and optionally missing values (a NULL
/// label, a NaN or NULL score, a NaN weight) on some rows.
/// </summary>
public sealed record BinaryRow(string Segment, int? Label, double? Score, double? Weight)
{
    /// <summary>The row counts for an unweighted metric: its label and score are present (§6).</summary>
    public bool HasLabelAndScore => Label is not null && Score is { } s && !double.IsNaN(s);

    /// <summary>The row counts for a weighted metric: its weight is present too.</summary>
    public bool IsComplete => HasLabelAndScore && Weight is { } w && !double.IsNaN(w);

    public static IReadOnlyList<BinaryRow> Generate(int count, int seed, double grid, bool withMissing)
    {
        var random = new Random(seed);
        var rows = new List<BinaryRow>();
        for (var i = 0; i < count; i++)
        {
            var score = Math.Round(random.NextDouble() / grid) * grid;
            var label = random.NextDouble() < 0.2 + 0.6 * score ? 1 : 0;
            var weight = Math.Round(0.5 + random.NextDouble(), 3);
            var segment = "ABC"[i % 3].ToString();
            if (withMissing && i % 17 == 5) rows.Add(new BinaryRow(segment, null, score, weight));
            else if (withMissing && i % 19 == 7) rows.Add(new BinaryRow(segment, label, double.NaN, weight));
            else if (withMissing && i % 23 == 11) rows.Add(new BinaryRow(segment, label, null, weight));
            else if (withMissing && i % 29 == 13) rows.Add(new BinaryRow(segment, label, score, double.NaN));
            else rows.Add(new BinaryRow(segment, label, score, weight));
        }
        return rows;
    }

    public static string Csv(IEnumerable<BinaryRow> rows)
    {
        var text = new StringBuilder("segment,label,score,weight\n");
        foreach (var r in rows)
            text.Append(r.Segment).Append(',')
                .Append(r.Label?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Format(r.Score)).Append(',')
                .Append(Format(r.Weight)).Append('\n');
        return text.ToString();
    }

    public BinaryOracle.Row ToOracle(bool weighted, int positiveClass = 1, bool negateScore = false) =>
        new(Label == positiveClass, negateScore ? -Score!.Value : Score!.Value, weighted ? Weight!.Value : 1);

    private static string Format(double? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
    };
}
