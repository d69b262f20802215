using System.Globalization;
using System.Net;
using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Presentation.Charts;
using EcoAnalytics.Presentation.Report;
using EcoAnalytics.Simulation;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace EcoAnalytics.Interactive;

/// <summary>The HTML a notebook shows for our results: tables with the synthetic rows marked, charts drawn by the plotly.js loaded once.</summary>
internal static class NotebookHtml
{
    /// <summary>Rows shown of a long table (the rest is counted, not shown; the DataFrame holds them all).</summary>
    public const int MaxRows = 200;

    /// <summary>The marker every chart's script waits for (the loader sets <c>window.Plotly</c>).</summary>
    public const string LoaderClass = "eco-plotly-loader";

    private const string SyntheticBadge = "<span style=\"background:#8d6e63;color:#fff;border-radius:3px;padding:0 4px;font-size:11px;white-space:nowrap\">合成数据 synthetic</span>";

    /// <summary>plotly.js (the copy inside Plotly.NET, as the offline report embeds it), defined once as <c>window.Plotly</c>, with a one-line note.</summary>
    public static string PlotlyLoader() =>
        $"<div class=\"{LoaderClass}\" style=\"color:#616161;font-size:12px\">EcoAnalytics display loaded: results show as HTML tables (synthetic rows marked 合成数据), charts with plotly.js 2.28.0 embedded in this output (offline: nothing is loaded from the network).</div>"
        + "<script type=\"text/javascript\">if (!window.Plotly) { (function (define, module, exports) {\n"
        + ReportAssets.PlotlyJs
        + "\n}).call(window, undefined, undefined, undefined); }</script>";

    /// <summary>A chart: its div and a script drawing the figure with the notebook's plotly.js (waiting for it briefly).</summary>
    public static string Chart(GenericChart chart)
    {
        var id = "eco-chart-" + Guid.NewGuid().ToString("N");
        var figure = ChartJson.Of(chart).Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
        return $"<div id=\"{id}\" class=\"eco-chart\" style=\"min-height:320px\"></div>"
            + "<script type=\"text/javascript\">(function () {"
            + $"var figure = {figure}; var div = document.getElementById('{id}'); var tries = 0;"
            + "function draw() { if (window.Plotly) { window.Plotly.newPlot(div, figure.data, figure.layout, { responsive: true, displaylogo: false }); }"
            + " else if (tries++ < 200) { setTimeout(draw, 50); }"
            + " else { div.textContent = 'plotly.js is not loaded: run the notebook from its first cell (#r \"nuget: EcoAnalytics\").'; } }"
            + "draw(); })();</script>";
    }

    /// <summary>A compliance table: one summary line (counts by status, synthetic rows) and its DataFrame.</summary>
    public static string Compliance(ComplianceTable table)
    {
        var caption = string.Create(CultureInfo.InvariantCulture,
            $"{table.Programme.Name}: {table.Count} rows — met {table.CountOf(ComplianceStatus.Met)}, not met {table.CountOf(ComplianceStatus.NotMet)}, no data {table.CountOf(ComplianceStatus.NoData)}, not in set {table.CountOf(ComplianceStatus.NotInSet)}, error {table.CountOf(ComplianceStatus.Error)}");
        return Table(table.ToDataFrame(), caption);
    }

    /// <summary>A simulation: its settings and every rule and joint row.</summary>
    public static string Simulation(SimulationResult result)
    {
        var scenarios = string.Join(", ", result.Scenarios.Select(s => s.Name));
        var caption = string.Create(CultureInfo.InvariantCulture, $"Simulation: {result.Paths} paths, seed {result.Seed}, scenarios {scenarios}; {result.Rules.Count} rule rows, {result.Joint.Count} joint rows");
        return Table(result.ToDataFrame(), caption);
    }

    /// <summary>A DataFrame as an HTML table; a <c>synthetic</c> column marks its rows and a banner counts them.</summary>
    public static string Table(DataFrame frame, string? caption)
    {
        var columns = frame.Columns.ToList();
        var synthetic = columns.FirstOrDefault(c => c.Name == "synthetic" && c.DataType == typeof(bool));
        var rows = frame.Rows.Count;
        // A row is synthetic when its synthetic column says so, or (tables without one, such as the outlook) when a
        // note or message starts with the library's marker.
        var texts = columns.Where(c => c.DataType == typeof(string)).ToList();
        var flags = Enumerable.Range(0, (int)rows)
            .Select(i => synthetic is not null ? synthetic[i] is true : texts.Any(c => c[i] is string t && t.Contains(Sources.SyntheticMarker, StringComparison.Ordinal)))
            .ToArray();
        var syntheticRows = flags.Count(f => f);
        var html = new StringBuilder();
        html.Append("<div class=\"eco-table\">");
        if (caption is not null)
        {
            html.Append("<div style=\"font-weight:600;margin:4px 0\">").Append(Encode(caption)).Append("</div>");
        }

        if (syntheticRows > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"eco-synthetic-banner\" style=\"background:#fff3e0;border:1px solid #ffb74d;color:#5d4037;padding:4px 8px;margin:4px 0\">{SyntheticBadge} {syntheticRows} of {rows} rows read values of the synthetic demonstration panel (合成数据，非观测): generated, not observed.</div>");
        }

        html.Append("<div style=\"overflow-x:auto\"><table class=\"eco-data\" style=\"border-collapse:collapse;font-size:12px\"><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th style=\"border:1px solid #ddd;padding:2px 6px;background:#e8f5e9;text-align:left\">").Append(Encode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long row = 0; row < Math.Min(rows, MaxRows); row++)
        {
            var isSynthetic = flags[row];
            html.Append(isSynthetic ? "<tr class=\"synthetic\" style=\"background:#efebe9\">" : "<tr>");
            foreach (var column in columns)
            {
                var value = column[row];
                var numeric = value is double or float or int or long or decimal;
                html.Append(numeric ? "<td style=\"border:1px solid #ddd;padding:2px 6px;text-align:right;vertical-align:top\">" : "<td style=\"border:1px solid #ddd;padding:2px 6px;vertical-align:top;max-width:32em\">");
                html.Append(ReferenceEquals(column, synthetic) && isSynthetic ? SyntheticBadge : Encode(Cell(value)));
                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div style=\"color:#616161;font-size:11px\">{rows} rows × {columns.Count} columns");
        if (rows > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"; the first {MaxRows} shown (the DataFrame holds all)");
        }

        html.Append("</div></div>");
        return html.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
