using System.Text.RegularExpressions;
using EcoAnalytics.Data;
using EcoAnalytics.Presentation;
using EcoAnalytics.Presentation.Charts;
using EcoAnalytics.Presentation.Report;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Cli;

namespace EcoAnalytics.Tests.Presentation;

public sealed partial class HtmlReportTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static readonly string[] BundledCounties = ["lushi", "dengfeng", "qinshui", "shanzhou"];

    [Fact]
    public void Report_Bundled_ExitsOkAndPrintsOnlyASummaryAndThePath()
    {
        Assert.True(report.Exit == 0, report.Error);
        Assert.Contains($"Report: {report.HtmlPath}", report.Output, StringComparison.Ordinal);
        Assert.Contains($"Workbook: {report.WorkbookPath}", report.Output, StringComparison.Ordinal);
        Assert.True(report.Output.Split('\n').Length < 40, "the terminal gets a summary, not the tables");
    }

    [Fact]
    public void Report_Bundled_NamesEveryCountyAndProgramme()
    {
        var dataset = Dataset.LoadBundled();
        foreach (var id in BundledCounties)
        {
            Assert.Contains($"id=\"county-{id}\"", report.Html, StringComparison.Ordinal);
            Assert.Contains(dataset.Counties[id].NameZh, report.Html, StringComparison.Ordinal);
        }

        foreach (var file in EcoAnalytics.Cli.Commands.RuleFiles.OrDefault(null))
        {
            var name = ProgrammeReader.Read(file).Value!.Name;
            Assert.Contains($"<h3>{name}：", report.Html, StringComparison.Ordinal);
            Assert.Contains(name, report.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_CountiesAndRulesAsked_NamesExactlyThose()
    {
        var folder = Path.Combine(report.Folder, "asked");
        var path = Path.Combine(folder, "r.html");
        var rules = Path.Combine(Rules.SeedTables.SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json");
        // Lushi has no programme in these rules: it is reported only with --any-programme (issue 10, item 8).
        var (exit, output, error) = CliRunner.Run("report", "--rules", rules, "--county", "dengfeng", "--county", "lushi", "--any-programme", "--out", path, "--lang", "en");
        Assert.True(exit is 0 or 1, error);
        var html = File.ReadAllText(path);
        Assert.Contains("id=\"county-dengfeng\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"county-lushi\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"county-qinshui\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h3>shanzhou-2022", html, StringComparison.Ordinal);
        Assert.Contains("Lushi County", html, StringComparison.Ordinal);
        Assert.Contains("dengfeng-provincial-2023", output, StringComparison.Ordinal);
        Assert.Contains("its rows for lushi apply another county's table", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_InlinesPlotlyOnce_AndReferencesNoExternalResource()
    {
        var html = report.Html;
        Assert.Equal(1, Regex.Count(html, @"plotly\.js v2\.\d+\.\d+"));
        var rest = WithoutInlinedPlotly(html);

        // No element that loads something, no URL (absolute or protocol-relative) in any attribute, no CSS import or url().
        Assert.DoesNotMatch(new Regex(@"<(link|img|iframe|embed|object|audio|video|source|base)\b", RegexOptions.IgnoreCase), rest);
        Assert.DoesNotMatch(new Regex(@"<script\b[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), rest);
        Assert.DoesNotMatch(new Regex(@"\b[\w:-]+\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), rest);
        Assert.DoesNotMatch(new Regex(@"@import|url\(", RegexOptions.IgnoreCase), rest);

        // URLs appear only as text (provenance, diagnostics, chart hover text): never inside a tag, nor in the style sheet or the page's own script.
        var tags = Tag().Matches(FigureJson().Replace(rest, string.Empty)).Select(m => m.Value).Where(t => t.Contains("http", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(tags);
        Assert.DoesNotContain("http", ReportAssetsText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<code class=\"source\">http", rest, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ChartCount_MatchesTheChartsWritten()
    {
        var count = int.Parse(Regex.Match(report.Html, "data-chart-count=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, Regex.Count(report.Html, "<div class=\"eco-chart"));
        Assert.Equal(count, FigureJson().Count(report.Html));
        Assert.Contains($"<meta name=\"eco-chart-count\" content=\"{count}\">", report.Html, StringComparison.Ordinal);
        Assert.True(count > 50, $"{count} charts");
    }

    [Fact]
    public void Html_MarksSyntheticData_InTablesChartsAndBanner()
    {
        Assert.Contains("本报告使用了合成数据", report.Html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"synthetic\">", report.Html, StringComparison.Ordinal);
        Assert.Contains("合成数据（非观测）", report.Html, StringComparison.Ordinal); // legend name of synthetic points
    }

    [Fact]
    public void ChartJson_SameData_IsIdentical()
    {
        var first = ChartsJson(BundledReport());
        var second = ChartsJson(BundledReport());
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first, second);
        Assert.All(first, json => Assert.DoesNotMatch(new Regex("[0-9a-f]{8}-[0-9a-f]{4}-"), json));
    }

    [Fact]
    public void Html_SameDataWithoutTimestamp_IsIdentical()
    {
        var data = BundledReport();
        using var a = new StringWriter();
        using var b = new StringWriter();
        HtmlReport.Write(data, a);
        HtmlReport.Write(data, b);
        Assert.Equal(a.ToString(), b.ToString());
    }

    [Fact]
    public void IndicatorChart_LegendNamesEachSourceKind_AndTheProjection()
    {
        var data = BundledReport();
        var series = data.Series.First(s => s.Projection.Count > 0 && s.HasSynthetic && s.Points.Any(p => p.Kind != SourceKind.Synthetic));
        var json = ChartJson.Of(IndicatorChart.Build(series, ReportLanguage.En));
        Assert.Contains("\"name\":\"synthetic (not observed)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"projection (", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"80% interval\"", json, StringComparison.Ordinal);
        Assert.Equal(series.Deadline - series.Points[^1].Year, series.Projection.Count);
    }

    internal static ReportData BundledReport()
    {
        var dataset = Dataset.LoadBundled();
        var programmes = EcoAnalytics.Cli.Commands.RuleFiles.OrDefault(null).Select(f => CompiledProgramme.Load(f, dataset.Catalog).Value!).ToList();
        return ReportData.Build(dataset, programmes);
    }

    private static List<string> ChartsJson(ReportData data) => HtmlReport.Charts(data).Select(c => ChartJson.Of(c.Chart)).ToList();

    private static string WithoutInlinedPlotly(string html)
    {
        var start = html.IndexOf("<script>", StringComparison.Ordinal);
        var end = html.IndexOf("</script></head>", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "plotly.js is not inlined in the head");
        return html[..start] + html[end..];
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"chart-\\d+-figure\">.*?</script>", RegexOptions.Singleline)]
    private static partial Regex FigureJson();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static string ReportAssetsText()
    {
        var assets = typeof(HtmlReport).Assembly.GetType("EcoAnalytics.Presentation.Report.ReportAssets")!;
        return (string)assets.GetField("Css")!.GetValue(null)! + (string)assets.GetField("Script")!.GetValue(null)!;
    }
}
