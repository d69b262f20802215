using EcoAnalytics.Io;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Outlook;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints forecast tables: readable per programme, or CSV/JSON with exactly <see cref="ForecastTable.Columns"/>.</summary>
internal static class ForecastOutput
{
    /// <summary>
    /// One row per target with its outlook (met, on track, off track); each row's note is numbered and printed under
    /// the table, once per distinct text, so that the table stays one or two lines per row. Rows that read generated
    /// values say "synthetic" in the table itself, not only in the note.
    /// </summary>
    public static void Table(IAnsiConsole console, ForecastTable table, string title)
    {
        var view = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Simple };
        view.AddColumns("County", "Rule", "Target (by)", "Latest", "Outlook P(met)", "Projected [[interval]]", "Model", "Met in", "Pace obs/req", "Eurostat", "UNSD", "SDSN", "Note");
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in table)
        {
            view.AddRow(
                Markup.Escape(r.County),
                Markup.Escape(r.Rule),
                (r.Goal.Target is { } t ? (r.Goal.Direction == Direction.LowerIsBetter ? "≤ " : "≥ ") + N(t) : "—") + (r.Goal.Deadline is { } d ? $" ({d.ToString(CultureInfo.InvariantCulture)})" : string.Empty),
                r.Latest is { } latest ? $"{N(latest.Value)} ({latest.Year})" : "—",
                Outlook(r) + (r.ProbabilityMet is { } pm ? " " + Colour(pm) : string.Empty),
                r.AtDeadline is { } at ? Markup.Escape($"{N(at.Median)} [{N(at.Lower)}, {N(at.Upper)}]") : "—",
                ForecastTable.ModelName(r.Model),
                r.ExpectedYearMet?.ToString(CultureInfo.InvariantCulture) ?? "—",
                $"{N(r.Pace.ObservedAnnualChange)} / {N(r.Pace.RequiredAnnualChange)}",
                Markup.Escape(ForecastTable.VerdictLabel(r, r.Verdicts.Eurostat)),
                Markup.Escape(ForecastTable.VerdictLabel(r, r.Verdicts.Unsd)),
                Markup.Escape(ForecastTable.VerdictLabel(r, r.Verdicts.Sdsn)),
                NoteReference(r, notes));
        }

        console.Write(view);
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
