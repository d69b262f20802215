using System.Globalization;
using EcoAnalytics.Data;
using EcoAnalytics.Presentation.Charts;
using Plotly.NET;

namespace EcoAnalytics.Presentation.Report;

/// <summary>
/// Writes the report as one self-contained HTML file that works offline: plotly.js inlined once in the head, each
/// chart as its figure JSON and a div, no external URL as a resource (provenance URLs appear as text). The chart
/// count is on the body (<c>data-chart-count</c>) and in <c>&lt;meta name="eco-chart-count"&gt;</c>.
/// </summary>
public static class HtmlReport
{
    /// <summary>Above this many charts they are drawn when scrolled near (the page stays responsive for 100 counties).</summary>
    public const int LazyAbove = 300;

    /// <summary>Every chart of the report, in page order: the heatmap, each county's indicator charts, the comparisons, further sections.</summary>
    /// <param name="data">The report's data.</param>
    public static IReadOnlyList<ReportChart> Charts(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var language = data.Options.Language;
        var charts = new List<GenericChart> { ComplianceHeatmap.Build(data.ComplianceRows.SelectMany(r => r), data.Dataset.Catalog, data.Dataset.Counties, language) };
        charts.AddRange(data.Series.Select(s => IndicatorChart.Build(s, language)));
        foreach (var indicator in data.ComparisonIndicators())
        {
            var series = data.SeriesOf(indicator.Code);
            if (series.Count > 0)
            {
                charts.AddRange(CountyComparison.BuildAll(series, language));
            }
        }

        charts.AddRange(data.Options.Sections.SelectMany(s => s.Charts));
        return charts.Select((c, k) => new ReportChart($"chart-{k + 1}", c)).ToList();
    }

    /// <summary>Writes the report; returns the number of charts it contains.</summary>
    /// <param name="data">The report's data.</param>
    /// <param name="writer">Where to write (UTF-8 for a file).</param>
    public static int Write(ReportData data, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(writer);
        var language = data.Options.Language;
        var charts = Charts(data);
        var html = new Html(writer);
        var queue = new Queue<ReportChart>(charts);
        var title = language.T("生态文明建设目标报告", "Ecological civilization targets report");
        var count = charts.Count.ToString(CultureInfo.InvariantCulture);
        html.Line($"<!DOCTYPE html>\n<html lang=\"{language.T("zh-CN", "en")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Line($"<meta name=\"eco-chart-count\" content=\"{count}\"><title>{Html.E(title)}</title>");
        html.Line($"<style>{ReportAssets.Css}</style>");
        html.Raw("<script>");
        html.Raw(ReportAssets.PlotlyJs);
        html.Line("</script></head>");
        html.Line($"<body data-chart-count=\"{count}\" data-lazy-charts=\"{(charts.Count > LazyAbove ? "true" : "false")}\">");
        Header(html, data, title);
        html.Line("<main>");
        Overview(html, data, queue);
        foreach (var county in data.Counties)
        {
            HtmlSections.County(html, data, county, queue);
        }

        Comparison(html, data, queue);
        foreach (var section in data.Options.Sections)
        {
            html.Line($"<section id=\"{Html.E(section.Id)}\"><h2>{Html.E(section.Title)}</h2><p>{Html.E(section.Intro)}</p><div class=\"charts\">");
            foreach (var _ in section.Charts)
            {
                ChartDiv(html, queue.Dequeue(), wide: true);
            }

            html.Line("</div></section>");
        }

        HtmlSections.Validation(html, data);
        HtmlSections.Provenance(html, data);
        html.Line("</main>");
        html.Line($"<script>{ReportAssets.Script}</script>");
        html.Line("</body></html>");
        return charts.Count;
    }

    /// <summary>Writes the report to a file (UTF-8); returns the number of charts.</summary>
    /// <param name="data">The report's data.</param>
    /// <param name="path">The file.</param>
    public static int Write(ReportData data, string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
        return Write(data, writer);
    }

    internal static void ChartDiv(Html html, ReportChart chart, bool wide = false)
    {
        // Figure JSON in a data block: "</" escaped so that no text closes the script element.
        var json = ChartJson.Of(chart.Chart).Replace("</", "<\\/", StringComparison.Ordinal);
        html.Line($"<div class=\"eco-chart{(wide ? " wide" : string.Empty)}\" id=\"{chart.Id}\"></div><script type=\"application/json\" id=\"{chart.Id}-figure\">{json}</script>");
    }

    private static void Header(Html html, ReportData data, string title)
    {
        var language = data.Options.Language;
        var observations = data.Dataset.Observations;
        var synthetic = observations.Count(o => o.IsSynthetic);
        html.Line($"<header><h1>{Html.E(title)}</h1>");
        html.Line($"<p>{Html.E(language.T(
            $"{data.Counties.Count} 个县（区、市），{data.Programmes.Count} 个方案；{observations.Count} 条观测值（{observations.Count - synthetic} 条有出处的真实值，{synthetic} 条合成值）",
            $"{data.Counties.Count} counties, {data.Programmes.Count} programmes; {observations.Count} observations ({observations.Count - synthetic} real with sources, {synthetic} synthetic)"))}</p>");
        if (data.Options.GeneratedAt is { } at)
        {
            html.Line($"<p>{Html.E(language.T("生成时间：", "Generated: "))}{Html.E(at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))}</p>");
        }

        if (synthetic > 0)
        {
            html.Line($"<div class=\"banner\">{Html.E(language.T(
                "本报告使用了合成数据（为演示生成，并非观测值）：凡读取合成值的行、图中的点与工作簿中的行均标为「合成数据」。据此得出的结论只是演示，不是评估。",
                "This report uses synthetic data (generated for demonstration, not observed): every row, chart point and workbook row that reads a synthetic value is marked \"synthetic\". Conclusions drawn from them are a demonstration, not an assessment."))}</div>");
        }

        html.Line("</header><nav>");
        html.Line($"<a href=\"#overview\">{Html.E(language.T("总览", "Overview"))}</a>");
        foreach (var county in data.Counties)
        {
            html.Line($"<a href=\"#county-{Html.E(county.Id)}\">{Html.E(language.Name(county))}</a>");
        }

        html.Line($"<a href=\"#comparison\">{Html.E(language.T("县域对比", "Comparison"))}</a>");
        foreach (var section in data.Options.Sections)
        {
            html.Line($"<a href=\"#{Html.E(section.Id)}\">{Html.E(section.Title)}</a>");
        }

        html.Line($"<a href=\"#validation\">{Html.E(language.T("数据校验", "Validation"))}</a><a href=\"#provenance\">{Html.E(language.T("出处", "Provenance"))}</a></nav>");
    }

    private static void Overview(Html html, ReportData data, Queue<ReportChart> charts)
    {
        var language = data.Options.Language;
        html.Line($"<section id=\"overview\"><h2>{Html.E(language.T("总览", "Overview"))}</h2><div class=\"cards\">");
        foreach (var county in data.Counties)
        {
            html.Line($"<div class=\"card\"><h4><a href=\"#county-{Html.E(county.Id)}\">{Html.E(county.Label)}</a></h4>");
            foreach (var s in data.Summary.Where(s => s.County == county.Id))
            {
                html.Line($"<div><b>{Html.E(s.Programme)}</b>: <span class=\"met\">{Html.E(language.T("达标", "met"))} {s.Met}</span> · <span class=\"notmet\">{Html.E(language.T("未达标", "not met"))} {s.NotMet}</span> · <span class=\"nodata\">{Html.E(language.T("无数据", "no data"))} {s.NoData}</span>"
                    + (s.Error > 0 ? $" · <span class=\"error\">{Html.E(language.T("错误", "error"))} {s.Error}</span>" : string.Empty)
                    + (s.NotInSet > 0 ? $" · <span class=\"nodata\">{Html.E(language.T("不属于该阈值组", "not in this threshold set"))} {s.NotInSet}</span>" : string.Empty)
                    + $" · {Html.E(language.T("按期可达", "on track"))} {s.OnTrack}/{s.Projected}"
                    + (s.Synthetic > 0 ? $" <span class=\"badge\">{Html.E(language.T($"{s.Synthetic} 行含合成数据", $"{s.Synthetic} rows synthetic"))}</span>" : string.Empty) + "</div>");
            }

            html.Line("</div>");
        }

        html.Line("</div><div class=\"charts\">");
        ChartDiv(html, charts.Dequeue(), wide: true);
        html.Line("</div></section>");
    }

    private static void Comparison(Html html, ReportData data, Queue<ReportChart> charts)
    {
        var language = data.Options.Language;
        html.Line($"<section id=\"comparison\"><h2>{Html.E(language.T("县域对比", "County comparison"))}</h2>");
        html.Line($"<p>{Html.E(language.T("同一指标，各县对照各自方案的阈值（括号内）。", "One indicator, each county against its own programmes' thresholds (in brackets)."))}</p><div class=\"charts\">");
        var any = false;
        foreach (var indicator in data.ComparisonIndicators())
        {
            var series = data.SeriesOf(indicator.Code);
            for (var k = 0; k < (series.Count + CountyComparison.MaxPanels - 1) / CountyComparison.MaxPanels; k++)
            {
                ChartDiv(html, charts.Dequeue(), wide: true);
                any = true;
            }
        }

        if (!any)
        {
            html.Line($"<p>{Html.E(language.T("没有两个以上县共有的指标。", "No indicator is shared by two or more counties."))}</p>");
        }

        html.Line("</div></section>");
    }
}
