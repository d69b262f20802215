using EcoAnalytics.Data;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// An indicator's series for one county: points drawn by the kind of their source (documents and publications as
/// filled marks, derived values as open diamonds, synthetic values as grey crosses, each named in the legend), every
/// programme's threshold as a dashed line, the deadline as a dotted vertical line, and the projection with its
/// interval band from the outlook's fitted model.
/// </summary>
public static class IndicatorChart
{
    private static readonly SourceKind[] KindOrder = [SourceKind.Seed, SourceKind.Published, SourceKind.Other, SourceKind.Derived, SourceKind.Synthetic];

    /// <summary>Builds the chart.</summary>
    /// <param name="series">What to draw.</param>
    /// <param name="language">Label language.</param>
    public static GenericChart Build(IndicatorSeries series, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(series);
        var parts = Traces(series, language, showLegend: true).ToList();
        var chart = CSharpChart.Combine(parts);
        var title = $"{language.Name(series.County)} · {language.Name(series.Indicator)}" + (series.HasSynthetic ? language.T("（含合成数据）", " (includes synthetic data)") : string.Empty);
        return Plot.Titled(chart, title, language.T("年份", "year"), language.WithUnit(series.Indicator), 380);
    }

    /// <summary>The traces of <see cref="Build"/> without layout (the county comparison reuses them per subplot).</summary>
    internal static IEnumerable<GenericChart> Traces(IndicatorSeries series, ReportLanguage language, bool showLegend, bool thresholdsInLegend = true)
    {
        var unit = language.Unit(series.Indicator);
        var years = series.Points.Select(p => p.Year).ToList();
        if (series.Projection.Count > 0)
        {
            var last = series.Points[^1];
            var x = series.Projection.Select(p => p.Year).Prepend(last.Year).ToArray();
            var level = series.Projection[0].Level;
            yield return Plot.Band(x, series.Projection.Select(p => p.Lower).Prepend(last.Value).ToArray(), series.Projection.Select(p => p.Upper).Prepend(last.Value).ToArray(),
                language.T($"{level * 100:0}% 预测区间", $"{level * 100:0}% interval"));
            var model = series.Model?.ToString().ToLowerInvariant() ?? string.Empty;
            yield return Plot.Line(
                x, series.Projection.Select(p => p.Median).Prepend(last.Value).ToArray(),
                language.T($"趋势预测（{model}）", $"projection ({model})"), Plot.Projection, StyleParam.DrawingStyle.Dash, showLegend: showLegend,
                hover: series.Projection.Select(p => $"{p.Year}: {Plot.Number(p.Median)} {unit} [{Plot.Number(p.Lower)}, {Plot.Number(p.Upper)}]").Prepend(string.Empty));
        }

        if (series.Points.Count > 1)
        {
            yield return Plot.Line(years, series.Points.Select(p => p.Value), language.T("序列", "series"), Color.fromHex("#607d8b"), StyleParam.DrawingStyle.Solid, width: 1, showLegend: false);
        }

        foreach (var kind in KindOrder)
        {
            var points = series.Points.Where(p => p.Kind == kind).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            (Color Color, StyleParam.MarkerSymbol Symbol) style = kind switch
            {
                SourceKind.Seed => (Color.fromHex("#1b5e20"), StyleParam.MarkerSymbol.Circle),
                SourceKind.Published => (Color.fromHex("#0d47a1"), StyleParam.MarkerSymbol.Square),
                SourceKind.Derived => (Color.fromHex("#ef6c00"), StyleParam.MarkerSymbol.NewModified(StyleParam.MarkerSymbol.Diamond, StyleParam.SymbolStyle.Open)),
                SourceKind.Synthetic => (Color.fromHex("#9e9e9e"), StyleParam.MarkerSymbol.X),
                _ => (Color.fromHex("#4e342e"), StyleParam.MarkerSymbol.TriangleUp),
            };
            yield return Plot.Markers(
                points.Select(p => p.Year), points.Select(p => p.Value), language.SourceKind(kind),
                points.Select(p => $"{p.Year}: {Plot.Number(p.Value)} {unit}<br>{Hover(kind == SourceKind.Synthetic ? language.T("合成数据，非观测值", "synthetic, not observed") : p.Source)}"),
                style.Color, style.Symbol, showLegend);
        }

        var first = years.Count > 0 ? years[0] : series.Deadline ?? 2020;
        var end = Math.Max(series.Deadline ?? first, years.Count > 0 ? years[^1] : first);
        for (var k = 0; k < series.Thresholds.Count; k++)
        {
            var t = series.Thresholds[k];
            yield return Plot.Line(
                [first, end], [t.Value, t.Value],
                $"{t.Programme} {Labels.Comparator(t.Direction)} {Plot.Number(t.Value)}", Plot.ThresholdColor(k), StyleParam.DrawingStyle.Dash, 1.5, showLegend && thresholdsInLegend,
                [$"{t.Rule}: {Labels.Comparator(t.Direction)} {Plot.Number(t.Value)} {unit}", $"{t.Rule}: {Labels.Comparator(t.Direction)} {Plot.Number(t.Value)} {unit}"]);
        }

        if (series.Deadline is { } deadline)
        {
            var values = series.Points.Select(p => p.Value).Concat(series.Thresholds.Select(t => t.Value)).Concat(series.Projection.SelectMany(p => new[] { p.Lower, p.Upper })).ToList();
            if (values.Count > 0)
            {
                var (low, high) = (values.Min(), values.Max());
                yield return Plot.Line([deadline, deadline], [low, high], language.T($"截止年 {deadline}", $"deadline {deadline}"), Color.fromHex("#424242"), StyleParam.DrawingStyle.Dot, 1, showLegend);
            }
        }
    }

    private static string Hover(string source) =>
        System.Net.WebUtility.HtmlEncode(source.Length > 90 ? source[..87] + "…" : source);
}
