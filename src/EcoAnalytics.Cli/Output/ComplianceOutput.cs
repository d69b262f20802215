using EcoAnalytics.Io;
using System.Globalization;
using EcoAnalytics.Evaluation;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints compliance tables: a readable table per programme, or CSV/JSON with exactly <see cref="ComplianceTable.Columns"/>.</summary>
internal static class ComplianceOutput
{
    /// <summary>
    /// One row per rule, county and year; county and year move to the title when the table has only one of each. Rule
    /// names are never wrapped and no word is broken (<see cref="ReadableTable"/>); status rules show the labels as
    /// printed (observed 编制, required 制定实施), not ladder numbers.
    /// </summary>
    public static void Table(IAnsiConsole console, ComplianceTable table)
    {
        var p = table.Programme;
        var set = table.Options.ThresholdSet ?? p.DefaultThresholdSet;
        var others = (table.Options.Counties ?? []).Where(c => c != p.County).ToList();
        var foreign = others.Count > 0 ? $"; {p.County}'s table also run against {string.Join(", ", others)} (--any-programme: a comparison, not their assessment)" : string.Empty;
        var rows = table.ToList();
        var counties = rows.Select(r => r.County).Distinct().ToList();
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var (countyColumn, yearColumn) = (counties.Count > 1, years.Count > 1);
        var scope = string.Join(" ", new[] { countyColumn ? null : counties.FirstOrDefault(), yearColumn ? null : years.FirstOrDefault().ToString(CultureInfo.InvariantCulture) }.Where(x => x is not null && rows.Count > 0));
        var title = Markup.Escape($"{p.Name} — {p.Title} ({p.Reference}); thresholds: {set} = {p.ThresholdSets.GetValueOrDefault(set, set)}{foreign}{(scope.Length > 0 ? "; " + scope : string.Empty)}");
        var columns = new List<ReadableTable.Column>();
        if (countyColumn)
        {
            columns.Add(new("County", Key: true));
        }

        if (yearColumn)
        {
            columns.Add(new("Year", Key: true));
        }

        columns.AddRange([new("Rule", Key: true), new("Value"), new(string.Empty), new("Threshold"), new("Status"), new("Gap"), new("Message", MinWidth: 32)]);
        var view = new ReadableTable(title, columns);
        foreach (var r in rows)
        {
            var cells = new List<string>();
            if (countyColumn)
            {
                cells.Add(Markup.Escape(r.County));
            }

            if (yearColumn)
            {
                cells.Add(r.Year.ToString(CultureInfo.InvariantCulture));
            }

            cells.AddRange([
                Markup.Escape(r.Rule),
                Markup.Escape(r.ValueLabel ?? Number(r.Value)),
                Markup.Escape(r.Comparator),
                Markup.Escape(r.ThresholdLabel ?? Number(r.Threshold)),
                StatusMarkup(r.Status),
                Number(r.Gap),
                Markup.Escape(r.Message)]);
            view.AddRow([.. cells]);
        }

        view.Write(console);
        var synthetic = table.SyntheticCount;
        console.MarkupLine(
            $"[green]Met {table.CountOf(ComplianceStatus.Met)}[/], [red]NotMet {table.CountOf(ComplianceStatus.NotMet)}[/], " +
            $"[grey]NoData {table.CountOf(ComplianceStatus.NoData)}[/], [magenta]Error {table.CountOf(ComplianceStatus.Error)}[/]" +
            (table.CountOf(ComplianceStatus.NotInSet) is > 0 and var outside ? $", [blue]NotInSet {outside}[/] (not part of threshold set '{Markup.Escape(set)}')" : string.Empty) +
            (synthetic > 0 ? $"; [yellow]{synthetic} row(s) read synthetic values (marked [[synthetic data]]): a demonstration, not an assessment[/]" : string.Empty));
        console.WriteLine();
    }

    public static void Csv(TextWriter writer, IEnumerable<ComplianceTable> tables)
    {
        CsvFormat.WriteRow(writer, ComplianceTable.Columns);
        foreach (var r in tables.SelectMany(t => t))
        {
            CsvFormat.WriteRow(writer, [r.County, r.Year, r.Programme, r.Rule, r.Indicator, r.Value, r.Threshold, r.ThresholdSet, r.Comparator, r.Status, r.Gap, r.Message, r.Source, r.IsSynthetic ? "synthetic" : string.Empty, r.ValueLabel, r.ThresholdLabel]);
        }
    }

    public static void Json(TextWriter writer, IEnumerable<ComplianceTable> tables) =>
        Output.Json.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var r in tables.SelectMany(t => t))
            {
                json.WriteStartObject();
                json.WriteString("county", r.County);
                json.WriteNumber("year", r.Year);
                json.WriteString("workflow", r.Programme);
                json.WriteString("rule", r.Rule);
                json.WriteString("indicator", r.Indicator);
                Output.Json.Number(json, "value", r.Value);
                Output.Json.Number(json, "threshold", r.Threshold);
                json.WriteString("threshold_set", r.ThresholdSet);
                json.WriteString("comparator", r.Comparator);
                json.WriteString("status", r.Status.ToString());
                Output.Json.Number(json, "gap", r.Gap);
                json.WriteString("message", r.Message);
                json.WriteString("source", r.Source);
                json.WriteBoolean("synthetic", r.IsSynthetic);
                Text(json, "value_label", r.ValueLabel);
                Text(json, "threshold_label", r.ThresholdLabel);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void Text(System.Text.Json.Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string StatusMarkup(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "[green]Met[/]",
        ComplianceStatus.NotMet => "[red]NotMet[/]",
        ComplianceStatus.NoData => "[grey]NoData[/]",
        ComplianceStatus.NotInSet => "[blue]NotInSet[/]",
        _ => "[magenta]Error[/]",
    };

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "—";
}
