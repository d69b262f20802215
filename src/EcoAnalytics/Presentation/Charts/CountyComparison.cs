using Plotly.NET;
using Plotly.NET.CSharp;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// Small multiples of one indicator: a panel per county with its own series, projection and its own programmes'
/// thresholds (named in the panel's title), so counties with different targets are compared fairly.
/// </summary>
public static class CountyComparison
{
    /// <summary>The most panels one chart holds; <see cref="BuildAll"/> splits larger comparisons into several charts.</summary>
    public const int MaxPanels = 12;

    /// <summary>Builds one chart of up to <see cref="MaxPanels"/> panels.</summary>
    /// <param name="series">One series per county, all of the same indicator.</param>
    /// <param name="language">Label language.</param>
    /// <param name="columns">Panels per row.</param>
    /// <exception cref="ArgumentException">No series, more than <see cref="MaxPanels"/>, or series of different indicators.</exception>
    public static GenericChart Build(IReadOnlyList<IndicatorSeries> series, ReportLanguage language = ReportLanguage.Zh, int columns = 3)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series.Count > MaxPanels || series.Any(s => s.Indicator.Code != series[0].Indicator.Code))
        {
            throw new ArgumentException($"give 1 to {MaxPanels} series of one indicator", nameof(series));
        }

        columns = Math.Clamp(columns, 1, series.Count);
        var rows = (series.Count + columns - 1) / columns;
        var panels = series.Select((s, k) => Plotly.NET.CSharp.Chart.Combine(IndicatorChart.Traces(s, language, showLegend: k == 0, thresholdsInLegend: false))).ToList();
        var titles = series.Select(s => language.Name(s.County) + (s.Thresholds.Count == 0 ? string.Empty
            : " (" + string.Join(", ", s.Thresholds.Select(t => Labels.Comparator(t.Direction) + " " + Plot.Number(t.Value)).Distinct()) + ")")
            + (s.HasSynthetic ? " *" : string.Empty)).ToList();
        var chart = Plotly.NET.CSharp.Chart.Grid(panels, rows, columns, SubPlotTitles: titles, YGap: 0.35);
        var indicator = series[0].Indicator;
        var title = language.T($"县域对比：{language.WithUnit(indicator)}", $"County comparison: {language.WithUnit(indicator)}")
            + (series.Any(s => s.HasSynthetic) ? language.T("（* 含合成数据）", " (* includes synthetic data)") : string.Empty);
        chart = Plotly.NET.Chart.withTitle(title, Microsoft.FSharp.Core.FSharpOption<Font>.None).Invoke(chart);
        return Plot.Layout(chart, 110 + 240 * rows);
    }

    /// <summary>Comparisons of every county given, <see cref="MaxPanels"/> per chart, in the order given.</summary>
    /// <param name="series">One series per county, all of the same indicator.</param>
    /// <param name="language">Label language.</param>
    public static IReadOnlyList<GenericChart> BuildAll(IReadOnlyList<IndicatorSeries> series, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Chunk(MaxPanels).Select(chunk => Build(chunk, language)).ToList();
    }
}
