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
        plot.Title(title);
        plot.YLabel(valueLabel);
        var temporary = path + ".tmp.png";
        plot.SavePng(temporary, 720, 420);
        File.Move(temporary, path, overwrite: true);
    }
}
