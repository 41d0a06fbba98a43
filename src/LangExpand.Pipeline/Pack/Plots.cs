using ScottPlot;

namespace LangExpand.Pipeline.Pack;

/// <summary>Bar charts for the report, drawn with ScottPlot (SkiaSharp; headless on Linux). Same data → same PNG bytes.</summary>
public static class Plots
{
    /// <summary>Draws one bar per (label, value) with <paramref name="title"/> and writes a PNG to <paramref name="path"/>.</summary>
    public static void Bars(string path, string title, string valueLabel, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        var drawn = plot.Add.Bars(bars.Select(b => b.Value).ToArray());
        foreach (var bar in drawn.Bars)
        {
            bar.Label = ManifestWriter.Number(bar.Value);
        }
        drawn.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, k) => (double)k)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = bars.Count > 3 ? 20 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = bars.Count > 3 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        Save(plot, path, title, valueLabel);
    }

    /// <summary>Draws one line per named series of (x, y) points, with a legend, and writes a PNG to <paramref name="path"/>.</summary>
    public static void Lines(string path, string title, string xLabel, string yLabel, IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Points)> series)
    {
        var plot = new Plot();
        foreach (var (name, points) in series)
        {
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            line.LegendText = name;
            line.MarkerSize = 0;
        }
        plot.ShowLegend();
        plot.XLabel(xLabel);
        Save(plot, path, title, yLabel);
    }

    private static void Save(Plot plot, string path, string title, string yLabel)
    {
        plot.Title(title);
        plot.YLabel(yLabel);
        var temporary = path + ".tmp.png";
        plot.SavePng(temporary, 720, 420);
        File.Move(temporary, path, overwrite: true);
    }
}
