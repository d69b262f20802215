using EcoAnalytics.Io;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Outlook;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints forecast tables: readable per programme, or CSV/JSON with exactly <see cref="ForecastTable.Columns"/>.</summary>
internal static class ForecastOutput
{
    /// <summary>
    /// One row per target with its outlook (met, on track, off track); each row's note is numbered and printed under
    /// the table, once per distinct text, and the three official verdicts are short words explained by a legend under
    /// the table (each monitor's own wording is in the CSV and JSON). Rule names are never wrapped and no word is
    /// broken (<see cref="ReadableTable"/>): when the columns do not fit the width, they continue in a second table.
    /// Rows that read generated values say "synthetic" in the table itself, not only in the note.
    /// </summary>
    public static void Table(IAnsiConsole console, ForecastTable table, string title)
    {
        var countyColumn = table.Select(r => r.County).Distinct().Count() > 1;
        var columns = new List<ReadableTable.Column>();
        if (countyColumn)
        {
            columns.Add(new("County", Key: true));
        }

        columns.AddRange([
            new("Rule", Key: true), new("Target (by)"), new("Latest"), new("Outlook P(met)"), new("Projected [[interval]]"), new("Met in"),
            new("Model"), new("Pace obs/req"), new("Eurostat"), new("UNSD"), new("SDSN"), new("Note")]);
        var counties = table.Select(r => r.County).Distinct().ToList();
        var deadlines = table.Select(r => r.Goal.Deadline).Distinct().ToList();
        var oneDeadline = deadlines is [{ } deadline] ? deadline : (int?)null;
        if (oneDeadline is not null)
        {
            columns[countyColumn ? 2 : 1] = new("Target");
        }

        var scope = (countyColumn || counties.Count == 0 ? string.Empty : $" · {counties[0]}") + (oneDeadline is { } by ? $" · every target by {by.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        var view = new ReadableTable(Markup.Escape(title + scope), columns);
        var repeated = table.GroupBy(r => (r.County, r.Rule)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        var verdicts = new SortedSet<Verdict>();
        foreach (var r in table)
        {
            var cells = new List<string>();
            if (countyColumn)
            {
                cells.Add(Markup.Escape(r.County));
            }

            cells.AddRange([
                Markup.Escape(repeated.Contains((r.County, r.Rule)) ? $"{r.Rule} ({r.Indicator})" : r.Rule),
                (r.Goal.Target is { } t ? (r.Goal.Direction == Direction.LowerIsBetter ? "≤ " : "≥ ") + N(t) : "—") + (r.Goal.Deadline is { } d && oneDeadline is null ? $" ({d.ToString(CultureInfo.InvariantCulture)})" : string.Empty),
                r.Latest is { } latest ? $"{N(latest.Value)} ({latest.Year})" : "—",
                Outlook(r) + (r.ProbabilityMet is { } pm ? " " + Colour(pm) : string.Empty),
                r.AtDeadline is { } at ? Markup.Escape($"{N(at.Median)} [{N(at.Lower)}, {N(at.Upper)}]") : "—",
                r.ExpectedYearMet?.ToString(CultureInfo.InvariantCulture) ?? "—",
                ForecastTable.ModelName(r.Model),
                $"{N(r.Pace.ObservedAnnualChange)} / {N(r.Pace.RequiredAnnualChange)}",
                VerdictCell(r, r.Verdicts.Eurostat, verdicts),
                VerdictCell(r, r.Verdicts.Unsd, verdicts),
                VerdictCell(r, r.Verdicts.Sdsn, verdicts),
                NoteReference(r, notes)]);
            view.AddRow([.. cells]);
        }

        view.Write(console);
        if (verdicts.Count > 0)
        {
            console.MarkupLine($"  [grey]Eurostat, UNSD, SDSN verdicts:[/] {Markup.Escape(string.Join("; ", verdicts.Select(v => $"{VerdictWord(v)} = {VerdictMeaning(v)}")))} [grey](each monitor's own wording: --format csv)[/]");
        }

        foreach (var (text, number) in notes)
        {
            console.MarkupLine($"  [grey][[{number}]][/] {Markup.Escape(text)}");
        }

        var onTrack = table.Count(r => r.OnTrack == true);
        var off = table.Count(r => r.OnTrack == false);
        var synthetic = table.Count(r => r.IsSynthetic);
        console.MarkupLine(
            $"[green]on track or met {onTrack}[/] (P(met) ≥ 0.5), [red]off track or missed {off}[/], {table.Count - onTrack - off} without a probability; intervals at {N(table.FirstOrDefault()?.Level * 100)} %" +
            (synthetic > 0 ? $"; [yellow]{synthetic} row(s) read synthetic values (marked synthetic)[/]" : string.Empty));
        console.WriteLine();
    }

    /// <summary>A verdict as the table shows it, in the order the legend lists them.</summary>
    internal enum Verdict
    {
        Met,
        OnTrack,
        Moderate,
        Slow,
        Away,
        NoData,
        NotApplicable,
        NoTarget,
    }

    /// <summary>The short word for a verdict category: one word, so that it is never split across lines.</summary>
    internal static string VerdictWord(Verdict verdict) => verdict switch
    {
        Verdict.Met => "met",
        Verdict.OnTrack => "on",
        Verdict.Moderate => "mod",
        Verdict.Slow => "slow",
        Verdict.Away => "away",
        Verdict.NoData => "nodata",
        Verdict.NotApplicable => "n/a",
        _ => "—",
    };

    private static string VerdictMeaning(Verdict verdict) => verdict switch
    {
        Verdict.Met => "target already met",
        Verdict.OnTrack => "on track (significant or substantial progress)",
        Verdict.Moderate => "moderate progress, acceleration needed",
        Verdict.Slow => "insufficient or limited progress",
        Verdict.Away => "moving away from the target",
        Verdict.NoData => "not enough values to judge",
        Verdict.NotApplicable => "not applicable",
        _ => "no target",
    };

    internal static Verdict Classify(ForecastRow row, ProgressVerdict? verdict) => verdict?.Category switch
    {
        ProgressCategory.TargetAchieved => Verdict.Met,
        ProgressCategory.OnTrack => Verdict.OnTrack,
        ProgressCategory.ModerateProgress => Verdict.Moderate,
        ProgressCategory.LimitedProgress => Verdict.Slow,
        ProgressCategory.Deterioration => Verdict.Away,
        ProgressCategory.NoData => Verdict.NoData,
        ProgressCategory.NotApplicable => Verdict.NotApplicable,
        _ => row.Kind == OutlookKind.TrendOnly ? Verdict.NoTarget : Verdict.NotApplicable,
    };

    private static string VerdictCell(ForecastRow row, ProgressVerdict? verdict, SortedSet<Verdict> used)
    {
        var v = Classify(row, verdict);
        used.Add(v);
        var colour = v switch
        {
            Verdict.Met or Verdict.OnTrack => "green",
            Verdict.Moderate => "yellow",
            Verdict.Slow or Verdict.Away => "red",
            _ => "grey",
        };
        return $"[{colour}]{Markup.Escape(VerdictWord(v))}[/]";
    }

    private static string Outlook(ForecastRow r) => r.Assessment switch
    {
        null => "—",
        var outlook => $"[{(outlook is TargetOutlook.Met or TargetOutlook.OnTrack ? "green" : "red")}]{ForecastTable.OutlookWord(outlook)}[/]",
    };

    private static string NoteReference(ForecastRow r, Dictionary<string, int> notes)
    {
        var synthetic = r.IsSynthetic ? "[yellow]synthetic[/] " : string.Empty;
        if (string.IsNullOrWhiteSpace(r.Note))
        {
            return synthetic.TrimEnd();
        }

        if (!notes.TryGetValue(r.Note, out var number))
        {
            number = notes.Count + 1;
            notes.Add(r.Note, number);
        }

        return synthetic + $"[grey][[{number}]][/]";
    }

    public static void Csv(TextWriter writer, IEnumerable<ForecastRow> rows)
    {
        CsvFormat.WriteRow(writer, ForecastTable.Columns);
        foreach (var r in rows)
        {
            CsvFormat.WriteRow(writer, ForecastTable.Cells(r));
        }
    }

    public static void Json(TextWriter writer, IEnumerable<ForecastRow> rows) =>
        Output.Json.Rows(writer, ForecastTable.Columns, rows.Select(ForecastTable.Cells));

    private static string Colour(double probability) =>
        $"[{(probability >= 0.5 ? "green" : "red")}]{probability.ToString("0.00", CultureInfo.InvariantCulture)}[/]";

    private static string N(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
