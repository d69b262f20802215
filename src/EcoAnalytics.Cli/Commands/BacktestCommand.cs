using EcoAnalytics.Io;
using System.CommandLine;
using System.Globalization;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Backtesting;
using Spectre.Console;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco backtest</c>: rolling-origin accuracy of every model on every real (never synthetic) multi-year series in
/// the datasets: MAE, interval coverage at the stated level, and the Brier score of "target met" against the no-change
/// forecast where an assigned target exists.
/// </summary>
internal static class BacktestCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var level = new Option<double>("--level") { Description = "Interval coverage scored, e.g. 0.8.", DefaultValueFactory = _ => 0.8 }.IsLevel();
        var minTrain = new Option<int>("--min-train") { Description = "Smallest training window (points, at least 3).", DefaultValueFactory = _ => 4 }.AtLeast(3, "every trend model needs 3 points");
        var maxHorizon = new Option<int>("--max-horizon") { Description = "Longest horizon (years, at least 1).", DefaultValueFactory = _ => 4 }.AtLeast(1, "a forecast is at least one year ahead");
        var minPoints = new Option<int>("--min-points") { Description = "Only series with at least this many real points.", DefaultValueFactory = _ => 6 }.AtLeast(2, "a backtest needs a training point and an actual");
        var model = ModelOption.Create("Only this trend model (default: naive, drift, linear, damped, theta and auto in turn)");
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var corpus = new Option<bool>("--corpus")
        {
            Description = "Score the methods on the evaluation part of the built-in real-series corpus instead (one row per method × horizon × level, plus Brier and reliability rows); the data options are ignored.",
        };
        var corpusPart = new Option<string>("--part")
        {
            Description = "With --corpus: the evaluation part (default; never used to fit anything) or the calibration part (the one the calibration was fitted on).",
        };
        corpusPart.AcceptOnlyFromAmong("evaluation", "calibration");
        var command = new Command("backtest", "Rolling-origin backtest of the trend models on every real multi-year series in the datasets.")
        {
            level, minTrain, maxHorizon, minPoints, model, format, corpus, corpusPart,
        };
        data.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(corpus))
            {
                var part = parse.GetValue(corpusPart) == "calibration" ? CorpusPart.Calibration : CorpusPart.Evaluation;
                var (corpusColumns, corpusRows) = CorpusRows(part);
                Write(context, parse.GetValue(format), $"Interval calibration on the {part.ToString().ToLowerInvariant()} part of the real-series corpus (scaled errors: MASE scale)", corpusColumns, corpusRows);
                return EcoCli.Ok;
            }

            var dataset = Dataset.Load(data.Paths(parse));
            var levelValue = parse.GetValue(level);
            var options = new BacktestOptions { Level = levelValue, MinTrain = parse.GetValue(minTrain), MaxHorizon = parse.GetValue(maxHorizon) };
            var models = parse.GetValue(model) is { } only ? new[] { only } : null;
            var rows = DatasetBacktest.Run(dataset, options, parse.GetValue(minPoints), models).Select(r => Values(r, levelValue)).ToList();
            string[] columns = ["county", "indicator", "points", "first_year", "last_year", "model", "forecasts", "mae", "coverage", "level", "brier", "no_change_brier", "target"];
            Write(context, parse.GetValue(format), "Rolling-origin backtest on real series (synthetic values excluded)", columns, rows);
            return EcoCli.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat? format, string title, string[] columns, List<object?[]> rows)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvFormat.WriteRow(context.Output, columns);
                foreach (var r in rows)
                {
                    CsvFormat.WriteRow(context.Output, r);
                }

                break;
            case OutputFormat.Json:
                Json.Write(context.Output, json =>
                {
                    json.WriteStartArray();
                    foreach (var r in rows)
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < columns.Length; i++)
                        {
                            switch (r[i])
                            {
                                case string s: json.WriteString(columns[i], s); break;
                                case int n: json.WriteNumber(columns[i], n); break;
                                case double d: Json.Number(json, columns[i], d); break;
                                default: json.WriteNull(columns[i]); break;
                            }
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                break;
            default:
                var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
                table.AddColumns(columns.Select(c => new TableColumn(c)).ToArray());
                foreach (var r in rows)
                {
                    table.AddRow(r.Select(v => Markup.Escape(Text(v))).ToArray());
                }

                context.Console.Write(table);
                break;
        }
    }

    // The corpus rows: interval rows (method × horizon × level; horizon 0 = pooled) then Brier rows (method × horizon).
    private static (string[] Columns, List<object?[]> Rows) CorpusRows(CorpusPart part)
    {
        var assembly = typeof(BacktestCommand).Assembly;
        using var series = new StreamReader(assembly.GetManifestResourceStream("corpus/series.csv")!);
        using var values = new StreamReader(assembly.GetManifestResourceStream("corpus/values.csv")!);
        var evaluation = CorpusBacktest.Evaluate(CalibrationCorpus.Parse(series, values), part);
        var name = part.ToString().ToLowerInvariant();
        string[] columns = ["part", "kind", "model", "horizon", "level", "forecasts", "coverage", "interval_score", "mae", "brier", "bin_from", "bin_to", "mean_probability", "observed_frequency"];
        var rows = evaluation.Scores
            .Select(s => new object?[] { name, "interval", s.Method, s.Horizon, s.Level, s.Forecasts, s.Coverage, s.IntervalScore, s.Mae, null, null, null, null, null })
            .Concat(evaluation.Brier.Select(b => new object?[] { name, "brier", b.Method, b.Horizon, null, b.Events, null, null, null, b.Brier, null, null, null, null }))
            // The reliability of P(met), pooled over horizons: stated probability against how often the target was met.
            .Concat(evaluation.Brier.Where(b => b.Horizon == 0).SelectMany(b => b.Reliability.Select(r =>
                new object?[] { name, "reliability", b.Method, 0, null, r.Count, null, null, null, null, r.From, r.To, r.MeanProbability, r.ObservedFrequency })))
            .ToList();
        return (columns, rows);
    }

    // One output row: the columns' values, typed for the JSON writer.
    private static object?[] Values(SeriesBacktest r, double level) =>
    [
        r.County, r.Indicator, r.Points, r.FirstYear, r.LastYear, ModelOption.Name(r.Model), r.Result.Forecasts.Count,
        r.Result.MeanAbsoluteError, r.Result.Coverage, level, r.Result.Brier, r.Result.NoChangeBrier, r.Target,
    ];

    private static string Text(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
