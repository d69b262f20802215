using EcoAnalytics.Catalog;
using EcoAnalytics.Evaluation;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// Indicator × county, each cell coloured by the worst status of the rules about it (not met, error, no data, met;
/// each rule at its latest evaluated year), with every rule's value / threshold / gap on hover. Blank where no
/// programme of the county has the indicator.
/// </summary>
public static class ComplianceHeatmap
{
    /// <summary>Builds the heatmap.</summary>
    /// <param name="rows">Compliance rows (any programmes and counties).</param>
    /// <param name="catalog">Indicator names and units.</param>
    /// <param name="counties">County names.</param>
    /// <param name="language">Label language.</param>
    public static GenericChart Build(IEnumerable<ComplianceResult> rows, IndicatorCatalog catalog, CountyRegistry counties, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(counties);
        var latest = rows.Where(r => r.Indicator.Length > 0 && catalog.Find(r.Indicator) is not null)
            .GroupBy(r => (r.County, r.Indicator, r.Programme, r.Rule))
            .Select(g => g.MaxBy(r => r.Year)!)
            .ToLookup(r => (r.County, r.Indicator));
        var countyIds = latest.Select(g => g.Key.County).Distinct().OrderBy(c => counties.IndexOf(c)).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var indicators = latest.Select(g => g.Key.Indicator).Distinct().OrderBy(catalog.IndexOf).ToList();
        var z = new List<double?[]>();
        var text = new List<string[]>();
        foreach (var code in indicators)
        {
            var indicator = catalog[code];
            z.Add(countyIds.Select(c => latest[(c, code)].Where(r => r.Status != ComplianceStatus.NotInSet).Select(r => (double?)Rank(r.Status)).DefaultIfEmpty(null).Min()).ToArray());
            text.Add(countyIds.Select(c => Hover(language, indicator, latest[(c, code)])).ToArray());
        }

        var x = countyIds.Select(c => counties.Find(c) is { } county ? language.Name(county) : c).ToArray();
        var y = indicators.Select(c => Short(language.Name(catalog[c]))).ToArray();
        var scale = StyleParam.Colorscale.NewCustom(new[]
        {
            Tuple.Create(0.0, Plot.NotMet), Tuple.Create(0.25, Plot.NotMet), Tuple.Create(0.25, Plot.Error), Tuple.Create(0.5, Plot.Error),
            Tuple.Create(0.5, Plot.NoData), Tuple.Create(0.75, Plot.NoData), Tuple.Create(0.75, Plot.Met), Tuple.Create(1.0, Plot.Met),
        });
        var chart = Plotly.NET.CSharp.Chart.Heatmap<double, string, string, string>(z.Select(r => r.Select(v => v ?? 0)), X: x, Y: y, ColorScale: scale, ShowScale: false, XGap: 2, YGap: 2, ReverseYAxis: true, UseDefaults: false);
        chart = Plot.SetOnTraces(chart, "z", z); // null (blank) where the county has no rule on the indicator
        chart = Plot.SetOnTraces(chart, "text", text);
        chart = Plot.SetOnTraces(chart, "zmin", -0.5);
        chart = Plot.SetOnTraces(chart, "zmax", 3.5);
        chart = Plot.SetOnTraces(chart, "hovertemplate", "%{x}<br>%{y}<br>%{text}<extra></extra>");
        chart = Plotly.NET.Chart.withTitle(language.T("达标状况：指标 × 县（红：未达标，灰：无数据，绿：达标，紫：错误）", "Compliance: indicator × county (red: not met, grey: no data, green: met, purple: error)"), Microsoft.FSharp.Core.FSharpOption<Font>.None).Invoke(chart);
        chart = Plot.SetOnLayout(chart, "margin", new Dictionary<string, int> { ["l"] = 260, ["r"] = 20, ["t"] = 60, ["b"] = 40 });
        return chart.WithSize(Height: Math.Max(300, 120 + 20 * indicators.Count));
    }

    /// <summary>Worst first: not met 0, error 1, no data 2, met 3.</summary>
    internal static int Rank(ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotMet => 0,
        ComplianceStatus.Error => 1,
        ComplianceStatus.NoData => 2,
        _ => 3,
    };

    private static string Short(string name) => name.Length > 28 ? name[..27] + "…" : name;

    private static string Hover(ReportLanguage language, Indicator indicator, IEnumerable<ComplianceResult> rows)
    {
        var unit = language.Unit(indicator);
        var lines = rows.Select(r =>
            $"{r.Programme} · {r.Rule} ({r.Year}): {language.Status(r.Status)}"
            + (r.Value is { } v ? $"<br>  {language.T("值", "value")} {Plot.Number(v)} {unit}" : string.Empty)
            + (r.Threshold is { } t ? $" / {language.T("阈值", "threshold")} {r.Comparator} {Plot.Number(t)}" : string.Empty)
            + (r.Gap is { } g ? $" / {language.T("差距", "gap")} {(g >= 0 ? "+" : string.Empty)}{Plot.Number(g)}" : string.Empty)
            + (r.IsSynthetic ? $"<br>  [{language.Synthetic()}]" : string.Empty)).ToList();
        return lines.Count == 0 ? language.T("无此指标", "not in the county's programmes") : string.Join("<br>", lines);
    }
}
