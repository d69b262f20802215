using EcoAnalytics.Diagnostics;
using EcoAnalytics.Presentation.Report;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>The terminal side of <c>eco report</c>: one line per county and programme, and where the files are.</summary>
internal static class ReportSummaryOutput
{
    public static void Write(IAnsiConsole console, ReportData report, string html, int charts, string? workbook)
    {
        var dataset = report.Dataset;
        var synthetic = dataset.Observations.Count(o => o.IsSynthetic);
        console.Write(new Rule("[bold]EcoAnalytics report[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(
            $"{dataset.Observations.Count} observations ({dataset.Observations.Count - synthetic} real with sources, {synthetic} synthetic); " +
            $"{dataset.Diagnostics.Count(d => d.IsError)} data errors, {dataset.Diagnostics.Count(d => d.Severity == Severity.Warning)} warnings (see the report's data validation)."));
        var table = new ReadableTable(null, [
            new("County", Key: true), new("Programme", Key: true), new("Met"), new("Not met"), new("No data"), new("Error"), new("Not in set"), new("On track"), new("Synthetic rows")]);
        var owners = report.Programmes.ToDictionary(p => p.Programme.Name, p => p.Programme.County, StringComparer.Ordinal);
        var foreign = false;
        foreach (var s in report.Summary)
        {
            var county = dataset.Counties.Find(s.County)?.Label ?? s.County;
            var owner = owners.GetValueOrDefault(s.Programme);
            var programme = owner is null || owner == s.County ? s.Programme : $"{s.Programme} ({owner}'s table)";
            foreign |= programme != s.Programme;
            table.AddRow(
                Markup.Escape(county), Markup.Escape(programme), $"[green]{s.Met}[/]", $"[red]{s.NotMet}[/]", $"[grey]{s.NoData}[/]",
                s.Error > 0 ? $"[magenta]{s.Error}[/]" : "0", s.NotInSet > 0 ? $"[blue]{s.NotInSet}[/]" : "0", $"{s.OnTrack}/{s.Projected}", s.Synthetic > 0 ? $"[yellow]{s.Synthetic}[/]" : "0");
        }

        table.Write(console);
        if (foreign)
        {
            console.MarkupLine(Markup.Escape("Rows marked \"(X's table)\" run another county's programme against the county (--any-programme): a comparison, not that county's assessment."));
        }
        if (report.Summary.Any(s => s.Synthetic > 0))
        {
            console.MarkupLine("[yellow]Rows that read synthetic values are a demonstration, not an assessment; the report marks them.[/]");
        }

        console.MarkupLine(Markup.Escape($"Report: {html} ({charts} charts, {new FileInfo(html).Length / 1024.0 / 1024.0:0.0} MB, works offline)"));
        if (workbook is not null)
        {
            console.MarkupLine(Markup.Escape($"Workbook: {workbook}"));
        }
    }
}
