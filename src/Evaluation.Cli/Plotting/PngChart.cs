using ScottPlot;

namespace Evaluation.Cli.Plotting;

/// <summary>Draws a <see cref="PlotSpec"/> to a PNG file with ScottPlot.</summary>
internal static class PngChart
{
    public const int Width = 800;
    public const int Height = 600;

    /// <summary>Writes the chart to <paramref name="path"/> at <see cref="Width"/>×<see cref="Height"/> pixels.</summary>
    public static void Save(PlotSpec spec, string path)
    {
        var plot = new Plot();
        plot.Title(spec.Title);
        plot.XLabel(spec.XLabel);
        plot.YLabel(spec.YLabel);
        foreach (var series in spec.Series)
        {
            if (spec.Kind == PlotKind.Bars)
            {
                var bars = plot.Add.Bars(series.X, series.Y);
                var width = series.X.Length > 1 ? (series.X[1] - series.X[0]) * 0.95 : 1;
                foreach (var bar in bars.Bars) bar.Size = width;
                if (spec.Series.Count > 1) bars.LegendText = series.Name;
            }
            else
            {
                var line = plot.Add.Scatter(series.X, series.Y);
                line.MarkerSize = series.X.Length > 60 ? 0 : 4;
                if (spec.Series.Count > 1) line.LegendText = series.Name;
            }
        }
        if (spec.UnitSquare)
        {
            if (spec.XLabel == "false positive rate")
            {
                var chance = plot.Add.Line(0, 0, 1, 1);
                chance.LinePattern = LinePattern.Dashed;
                chance.Color = Colors.Gray;
            }
            plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        }
        if (spec.XIsTime) plot.Axes.DateTimeTicksBottom();
        if (spec.Series.Count > 1) plot.ShowLegend();
        plot.SavePng(path, Width, Height);
    }
}
