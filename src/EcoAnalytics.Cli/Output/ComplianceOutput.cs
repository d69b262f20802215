using EcoAnalytics.Io;
using System.Globalization;
using EcoAnalytics.Evaluation;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints compliance tables: a readable table per programme, or CSV/JSON with exactly <see cref="ComplianceTable.Columns"/>.</summary>
internal static class ComplianceOutput
{
    public static void Table(IAnsiConsole console, ComplianceTable table)
    {
        var p = table.Programme;
        var set = table.Options.ThresholdSet ?? p.DefaultThresholdSet;
        var others = (table.Options.Counties ?? []).Where(c => c != p.County).ToList();
        var foreign = others.Count > 0 ? $"; {p.County}'s table also run against {string.Join(", ", others)} (--any-programme: a comparison, not their assessment)" : string.Empty;
        var view = new Table
        {
            Title = new TableTitle(Markup.Escape($"{p.Name} — {p.Title} ({p.Reference}); thresholds: {set} = {p.ThresholdSets.GetValueOrDefault(set, set)}{foreign}")),
            Border = TableBorder.Simple,
        };
        view.AddColumns("County", "Year", "Rule", "Value", "", "Threshold", "Status", "Gap", "Message");
        foreach (var r in table)
        {
            view.AddRow(
                Markup.Escape(r.County),
                r.Year.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.Rule),
                Number(r.Value),
                Markup.Escape(r.Comparator),
                Number(r.Threshold),
                StatusMarkup(r.Status),
                Number(r.Gap),
                Markup.Escape(r.Message));
        }

        console.Write(view);
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
            CsvFormat.WriteRow(writer, [r.County, r.Year, r.Programme, r.Rule, r.Indicator, r.Value, r.Threshold, r.ThresholdSet, r.Comparator, r.Status, r.Gap, r.Message, r.Source, r.IsSynthetic ? "synthetic" : string.Empty]);
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
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

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
