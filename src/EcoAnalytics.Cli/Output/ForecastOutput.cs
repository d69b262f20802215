using System.Globalization;
using EcoAnalytics.Forecasting.Programmes;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints forecast tables: readable per programme, or CSV/JSON with exactly <see cref="ForecastTable.Columns"/>.</summary>
internal static class ForecastOutput
{
    public static void Table(IAnsiConsole console, ForecastTable table, string title)
    {
        var view = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Simple };
        view.AddColumns("County", "Rule", "Target", "By", "Latest", "Model", "Projected [[interval]]", "P(met)", "Met in", "Pace obs/req", "Eurostat", "UNSD", "SDSN", "Note");
        foreach (var r in table)
        {
            view.AddRow(
                Markup.Escape(r.County),
                Markup.Escape(r.Rule),
                r.Target is { } t ? (r.Direction == "lower" ? "≤ " : "≥ ") + N(t) : "—",
                r.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "—",
                r.LastYear is { } y ? $"{N(r.LastValue)} ({y})" : "—",
                r.Model,
                r.Projected is { } p ? Markup.Escape($"{N(p)} [{N(r.Lower)}, {N(r.Upper)}]") : "—",
                r.ProbabilityMet is { } pm ? Colour(pm) : "—",
                r.ExpectedYearMet?.ToString(CultureInfo.InvariantCulture) ?? "—",
                $"{N(r.ObservedAnnualChange)} / {N(r.RequiredAnnualChange)}",
                Markup.Escape(r.VerdictEurostat),
                Markup.Escape(r.VerdictUnsd),
                Markup.Escape(r.VerdictSdsn),
                Markup.Escape(r.Note));
        }

        console.Write(view);
        var onTrack = table.Count(r => r.OnTrack == true);
        var off = table.Count(r => r.OnTrack == false);
        var synthetic = table.Count(r => r.IsSynthetic);
        console.MarkupLine(
            $"[green]on track {onTrack}[/] (P(met) ≥ 0.5), [red]off track {off}[/], {table.Count - onTrack - off} without a probability; intervals at {N(table.FirstOrDefault()?.Level * 100)} %" +
            (synthetic > 0 ? $"; [yellow]{synthetic} row(s) read synthetic values (marked [[synthetic data]])[/]" : string.Empty));
        console.WriteLine();
    }

    public static void Csv(TextWriter writer, IEnumerable<ForecastRow> rows)
    {
        Output.Csv.WriteRow(writer, ForecastTable.Columns);
        foreach (var r in rows)
        {
            Output.Csv.WriteRow(writer, Values(r));
        }
    }

    public static void Json(TextWriter writer, IEnumerable<ForecastRow> rows) =>
        Output.Json.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartObject();
                var values = Values(r);
                for (var i = 0; i < ForecastTable.Columns.Count; i++)
                {
                    var name = ForecastTable.Columns[i];
                    switch (values[i])
                    {
                        case null:
                            json.WriteNull(name);
                            break;
                        case string s:
                            json.WriteString(name, s);
                            break;
                        case int n:
                            json.WriteNumber(name, n);
                            break;
                        case double d:
                            Output.Json.Number(json, name, d);
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static object?[] Values(ForecastRow r) =>
    [
        r.County, r.Rule, r.Indicator, r.Deadline, r.Target, r.Direction, r.Model, r.LastYear, r.LastValue, r.Projected, r.Lower, r.Upper, r.Level,
        r.ProbabilityMet, r.ExpectedYearMet, r.ObservedAnnualChange, r.RequiredAnnualChange, r.ProgressRatio, r.VerdictEurostat, r.VerdictUnsd, r.VerdictSdsn, r.Note,
    ];

    private static string Colour(double probability) =>
        $"[{(probability >= 0.5 ? "green" : "red")}]{probability.ToString("0.00", CultureInfo.InvariantCulture)}[/]";

    private static string N(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
