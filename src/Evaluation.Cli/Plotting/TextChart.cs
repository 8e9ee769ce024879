using System.Globalization;
using System.Text;

namespace Evaluation.Cli.Plotting;

/// <summary>
/// A compact chart in plain characters for the terminal: a grid of <c>width</c>×<c>height</c> cells
/// with each series drawn in its own mark (lines are joined between points), the y range on the
/// left, the x range below, and a legend. Plain ASCII so it reads the same in any terminal and in a file.
/// </summary>
internal static class TextChart
{
    private static readonly char[] Marks = { '*', 'o', '+', 'x', '#', '@' };

    public static string Render(PlotSpec spec, int width = 60, int height = 16)
    {
        var points = spec.Series.SelectMany(s => s.X.Zip(s.Y)).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToList();
        var text = new StringBuilder();
        text.Append(spec.Title).Append('\n');
        if (points.Count == 0) return text.Append("(no finite points to draw)\n").ToString();
        double xMin = points.Min(p => p.First), xMax = points.Max(p => p.First);
        double yMin = points.Min(p => p.Second), yMax = points.Max(p => p.Second);
        if (spec.UnitSquare) (xMin, xMax, yMin, yMax) = (Math.Min(0, xMin), Math.Max(1, xMax), Math.Min(0, yMin), Math.Max(1, yMax));
        if (spec.Kind == PlotKind.Bars) yMin = Math.Min(0, yMin);
        if (xMax == xMin) xMax = xMin + 1;
        if (yMax == yMin) yMax = yMin + 1;

        var grid = new char[height, width];
        for (var r = 0; r < height; r++)
            for (var c = 0; c < width; c++) grid[r, c] = ' ';
        int Col(double x) => (int)Math.Round((x - xMin) / (xMax - xMin) * (width - 1));
        int Row(double y) => height - 1 - (int)Math.Round((y - yMin) / (yMax - yMin) * (height - 1));

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var mark = Marks[s % Marks.Length];
            if (spec.Kind == PlotKind.Bars)
            {
                for (var i = 0; i < series.X.Length; i++)
                {
                    if (!double.IsFinite(series.Y[i])) continue;
                    var half = series.X.Length > 1 ? (series.X[1] - series.X[0]) / 2 : 0.5;
                    for (var c = Col(series.X[i] - half); c <= Col(series.X[i] + half) - (i < series.X.Length - 1 ? 1 : 0); c++)
                        for (var r = Row(series.Y[i]); r <= Row(yMin); r++)
                            if (c >= 0 && c < width && r >= 0 && r < height) grid[r, c] = '#';
                }
                continue;
            }
            (int Row, int Col)? previous = null;
            for (var i = 0; i < series.X.Length; i++)
            {
                if (!double.IsFinite(series.X[i]) || !double.IsFinite(series.Y[i])) { previous = null; continue; }
                var here = (Row(series.Y[i]), Col(series.X[i]));
                if (previous is { } from) Join(grid, from, here, mark);
                grid[here.Item1, here.Item2] = mark;
                previous = here;
            }
        }

        var top = Number(yMax);
        var bottom = Number(yMin);
        var margin = Math.Max(top.Length, bottom.Length);
        for (var r = 0; r < height; r++)
        {
            var label = r == 0 ? top : r == height - 1 ? bottom : "";
            text.Append(label.PadLeft(margin)).Append(" |");
            var line = new StringBuilder();
            for (var c = 0; c < width; c++) line.Append(grid[r, c]);
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        text.Append(new string(' ', margin)).Append(" +").Append(new string('-', width)).Append('\n');
        var left = spec.XIsTime ? Time(xMin) : Number(xMin);
        var right = spec.XIsTime ? Time(xMax) : Number(xMax);
        text.Append(new string(' ', margin + 2)).Append(left)
            .Append(right.PadLeft(Math.Max(1, width - left.Length))).Append('\n');
        text.Append(new string(' ', margin + 2)).Append("x: ").Append(spec.XLabel).Append(", y: ").Append(spec.YLabel).Append('\n');
        if (spec.Series.Count > 1 || spec.Kind == PlotKind.Line)
            for (var s = 0; s < spec.Series.Count; s++)
                text.Append(new string(' ', margin + 2)).Append(Marks[s % Marks.Length]).Append(' ').Append(spec.Series[s].Name).Append('\n');
        return text.ToString();
    }

    /// <summary>Marks the cells between two points (exclusive of the ends), so a curve reads as a line.</summary>
    private static void Join(char[,] grid, (int Row, int Col) from, (int Row, int Col) to, char mark)
    {
        var steps = Math.Max(Math.Abs(to.Row - from.Row), Math.Abs(to.Col - from.Col));
        for (var k = 1; k < steps; k++)
        {
            var r = from.Row + (int)Math.Round((to.Row - from.Row) * (double)k / steps);
            var c = from.Col + (int)Math.Round((to.Col - from.Col) * (double)k / steps);
            if (grid[r, c] == ' ') grid[r, c] = '.';
        }
    }

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Time(double value) => DateTime.FromOADate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
