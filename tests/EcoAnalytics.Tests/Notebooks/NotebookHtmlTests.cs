using EcoAnalytics.Data;
using EcoAnalytics.Interactive;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Tests.Notebooks;

/// <summary>The kernel extension's HTML, without a kernel.</summary>
public sealed class NotebookHtmlTests
{
    [Fact]
    public void Table_MarksSyntheticRows_AndCountsThem()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("county", ["lushi", "dengfeng", "qinshui"]),
            new DoubleDataFrameColumn("value", [1.5, null, 3]),
            new BooleanDataFrameColumn("synthetic", [true, false, true]));

        var html = NotebookHtml.Table(frame, "caption <b>");

        Assert.Contains("2 of 3 rows read values of the synthetic demonstration panel", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<tr class=\"synthetic\"").Length - 1);
        Assert.Contains("caption &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("3 rows × 3 columns", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_WithoutSyntheticColumn_MarksRowsByTheLibrarysMarker()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("county", ["lushi", "dengfeng"]),
            new StringDataFrameColumn("note", [Sources.SyntheticMarker + " projected from generated values", "observed"]));

        var html = NotebookHtml.Table(frame, null);

        Assert.Contains("1 of 2 rows read values", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<tr class=\"synthetic\"").Skip(1));
    }

    [Fact]
    public void Table_WithoutSyntheticRows_HasNoBanner_AndLongTablesAreCut()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("year", Enumerable.Range(1, NotebookHtml.MaxRows + 5)));
        var html = NotebookHtml.Table(frame, null);
        Assert.DoesNotContain("eco-synthetic-banner", html, StringComparison.Ordinal);
        Assert.Equal(NotebookHtml.MaxRows, html.Split("<tr>").Length - 2);
        Assert.Contains($"the first {NotebookHtml.MaxRows} shown", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlotlyLoader_InlinesPlotlyOnce_AsAGlobal()
    {
        var loader = NotebookHtml.PlotlyLoader();
        Assert.Single(loader.Split("plotly.js v2.28.0").Skip(1));
        Assert.Contains("if (!window.Plotly)", loader, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", loader, StringComparison.Ordinal);
    }
}
