using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Cli.Commands;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Io;
using EcoAnalytics.WhatIf;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>
/// Prints what-if results: a readable table of the rules that change (or of the sweep) per programme with a summary line
/// per county, or CSV/JSON with every row and exactly <see cref="ThresholdComparison.Columns"/> / <see cref="SweepTable.Columns"/>.
/// </summary>
internal static class WhatIfOutput
{
    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<ThresholdComparison> comparisons, CountyRegistry counties)
    {
        var rows = comparisons.SelectMany(c => c).ToList();
        switch (format)
        {
            case OutputFormat.Csv:
                Csv(context.Output, ThresholdComparison.Columns, rows.Select(ThresholdComparison.Cells));
                break;
            case OutputFormat.Json:
                Json(context.Output, ThresholdComparison.Columns, rows.Select(ThresholdComparison.Cells));
                break;
            default:
                foreach (var comparison in comparisons)
                {
                    Table(context.Console, comparison, counties);
                }

                break;
        }
    }

    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<SweepTable> sweeps)
    {
        var rows = sweeps.SelectMany(s => s).ToList();
        switch (format)
        {
            case OutputFormat.Csv:
                Csv(context.Output, SweepTable.Columns, rows.Select(SweepTable.Cells));
                break;
            case OutputFormat.Json:
                Json(context.Output, SweepTable.Columns, rows.Select(SweepTable.Cells));
                break;
            default:
                foreach (var sweep in sweeps)
                {
                    Table(context.Console, sweep);
                }

                break;
        }
    }

    /// <summary>The rules that change (a flip, a threshold, entering or leaving the set), then one summary line per county.</summary>
    private static void Table(IAnsiConsole console, ThresholdComparison comparison, CountyRegistry counties)
    {
        var p = comparison.BaselineCompliance.Programme;
        string Named(string setting) => setting.Split(" + ")[0] is var set && p.ThresholdSets.TryGetValue(set, out var words) ? $"{setting} = {words}" : setting;
        var (a, b) = (comparison.BaselineSetting, comparison.AlternativeSetting);
        var view = new ReadableTable(
            Markup.Escape($"{p.Name} — {p.Title}: {a} → {b} ({Named(a)}; {Named(b)}); rules that change"),
            [new("County", Key: true), new("Rule", Key: true), new("Value (year)"), new(Markup.Escape(a)), new(Markup.Escape(b)), new("Change"), new(string.Empty)]);
        foreach (var r in comparison.Changed)
        {
            view.AddRow(
                Markup.Escape(r.County),
                Markup.Escape(r.Rule + (r.Indicator != comparison.BaselineCompliance.FirstOrDefault(x => x.Rule == r.Rule)?.Indicator ? $" ({r.Indicator})" : string.Empty)),
                r.Value is { } v ? $"{N(v)} ({r.Year.ToString(CultureInfo.InvariantCulture)})" : $"— ({r.Year.ToString(CultureInfo.InvariantCulture)})",
                Side(r.Comparator, r.A),
                Side(r.Comparator, r.B),
                ChangeMarkup(r.Change),
                r.IsSynthetic ? "[yellow]synthetic[/]" : string.Empty);
        }

        view.Write(console);
        foreach (var id in comparison.Select(r => r.County).Distinct())
        {
            console.MarkupLine(Markup.Escape(Summary(comparison, id, counties)));
        }

        if (comparison.Count(r => r.IsSynthetic) is > 0 and var synthetic)
        {
            console.MarkupLine($"[yellow]{synthetic} row(s) read synthetic values (marked synthetic): a demonstration, not an assessment[/]");
        }

        console.WriteLine();
    }

    /// <summary>"Dengfeng City, target → standard: 3 rules flip to met, 1 to not met, 5 thresholds change, 2 enter/leave the set".</summary>
    internal static string Summary(ThresholdComparison comparison, string county, CountyRegistry counties)
    {
        int Rules(params ThresholdChange[] changes) =>
            comparison.Where(r => r.County == county && changes.Contains(r.Change)).Select(r => r.Rule).Distinct().Count();
        var name = counties.Find(county)?.NameEn ?? county;
        var head = $"{name}, {comparison.BaselineSetting} → {comparison.AlternativeSetting}: ";
        var toMet = Rules(ThresholdChange.FlippedToMet);
        var toNotMet = Rules(ThresholdChange.FlippedToNotMet);
        var threshold = Rules(ThresholdChange.ThresholdChanged);
        var set = Rules(ThresholdChange.EnteredSet, ThresholdChange.LeftSet);
        var other = Rules(ThresholdChange.StatusChanged);
        if (toMet + toNotMet + threshold + set + other == 0)
        {
            return head + "no rule changes";
        }

        var text = head + $"{toMet} {(toMet == 1 ? "rule flips" : "rules flip")} to met, {toNotMet} to not met, "
            + $"{threshold} {(threshold == 1 ? "threshold changes" : "thresholds change")} (status unchanged), {set} enter/leave the set";
        return other > 0 ? text + $", {other} change status otherwise (NoData or Error)" : text;
    }

    private static void Table(IAnsiConsole console, SweepTable sweep)
    {
        var view = new ReadableTable(
            Markup.Escape($"{sweep.Programme}: sweep {sweep.Range} ({sweep.Count} rows)"),
            [new("County", Key: true), new("Rule", Key: true), new("Threshold"), new("Value (year)"), new("Now"), new("P(met) by"), new(string.Empty)]);
        foreach (var r in sweep)
        {
            view.AddRow(
                Markup.Escape(r.County),
                Markup.Escape(r.Rule),
                Markup.Escape($"{r.Comparator} {N(r.Threshold)}"),
                r.Value is { } v ? $"{N(v)} ({r.Year.ToString(CultureInfo.InvariantCulture)})" : $"— ({r.Year.ToString(CultureInfo.InvariantCulture)})",
                Status(r.Status),
                P(r.ProbabilityMet) + (r.Deadline is { } d ? $" ({d.ToString(CultureInfo.InvariantCulture)})" : string.Empty),
                r.IsSynthetic ? "[yellow]synthetic[/]" : string.Empty);
        }

        view.Write(console);
        if (sweep.Count(r => r.IsSynthetic) is > 0 and var synthetic)
        {
            console.MarkupLine($"[yellow]{synthetic} row(s) read synthetic values (marked synthetic): a demonstration, not an assessment[/]");
        }

        console.WriteLine();
    }

    private static void Csv(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        CsvFormat.WriteRow(writer, columns);
        var synthetic = Index(columns, "synthetic");
        var meets = Index(columns, "meets_now");
        foreach (var cells in rows)
        {
            cells[synthetic] = cells[synthetic] is true ? "synthetic" : string.Empty;
            if (meets >= 0)
            {
                cells[meets] = cells[meets] is bool m ? (m ? "true" : "false") : null;
            }

            CsvFormat.WriteRow(writer, cells);
        }
    }

    private static int Index(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Json(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        Output.Json.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var cells in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    switch (cells[i])
                    {
                        case null:
                            json.WriteNull(columns[i]);
                            break;
                        case string s:
                            json.WriteString(columns[i], s);
                            break;
                        case int n:
                            json.WriteNumber(columns[i], n);
                            break;
                        case bool flag:
                            json.WriteBoolean(columns[i], flag);
                            break;
                        case double d:
                            Output.Json.Number(json, columns[i], d);
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>"NotMet ≥ 44, gap -1.77, P 0.00"; "NotInSet" alone when the rule is not part of the set.</summary>
    private static string Side(string comparator, ComparisonSide side)
    {
        var text = Status(side.Status);
        if (side.Status == ComplianceStatus.NotInSet)
        {
            return text;
        }

        text += side.Threshold is { } t ? " " + Markup.Escape($"{comparator} {N(t)}") : string.Empty;
        text += side.Gap is { } g ? $", gap {N(g)}" : string.Empty;
        return text + (side.ProbabilityMet is { } p ? $", P {P(p)}" : string.Empty);
    }

    private static string Status(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "[green]Met[/]",
        ComplianceStatus.NotMet => "[red]NotMet[/]",
        ComplianceStatus.NoData => "[grey]NoData[/]",
        ComplianceStatus.NotInSet => "[blue]NotInSet[/]",
        _ => "[magenta]Error[/]",
    };

    private static string ChangeMarkup(ThresholdChange change) => change switch
    {
        ThresholdChange.FlippedToMet => "[green]→ met[/]",
        ThresholdChange.FlippedToNotMet => "[red]→ not met[/]",
        ThresholdChange.ThresholdChanged => "threshold only",
        ThresholdChange.EnteredSet => "[blue]enters set[/]",
        ThresholdChange.LeftSet => "[blue]leaves set[/]",
        ThresholdChange.StatusChanged => "[magenta]status[/]",
        _ => string.Empty,
    };

    private static string P(double? probability) => probability is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string N(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) : "—";
}
