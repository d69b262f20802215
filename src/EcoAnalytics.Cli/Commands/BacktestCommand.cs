using System.CommandLine;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Outlook;
using Spectre.Console;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco backtest</c>: rolling-origin accuracy of every model on every real (never synthetic) multi-year series in
/// the datasets: MAE, interval coverage at the stated level, and the Brier score of "target met" against the no-change
/// forecast where an assigned target exists.
/// </summary>
internal static class BacktestCommand
{
    private static readonly TrendModel[] Models = [TrendModel.Naive, TrendModel.Drift, TrendModel.Linear, TrendModel.Damped, TrendModel.Theta, TrendModel.Auto];

    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var level = new Option<double>("--level") { Description = "Interval coverage scored, e.g. 0.8.", DefaultValueFactory = _ => 0.8 };
        var minTrain = new Option<int>("--min-train") { Description = "Smallest training window (points).", DefaultValueFactory = _ => 4 };
        var maxHorizon = new Option<int>("--max-horizon") { Description = "Longest horizon (years).", DefaultValueFactory = _ => 4 };
        var minPoints = new Option<int>("--min-points") { Description = "Only series with at least this many real points.", DefaultValueFactory = _ => 6 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("backtest", "Rolling-origin backtest of the trend models on every real multi-year series in the datasets.")
        {
            level, minTrain, maxHorizon, minPoints, format,
        };
        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = Dataset.Load(data.Paths(parse));
            var rows = Run(dataset, parse.GetValue(level), parse.GetValue(minTrain), parse.GetValue(maxHorizon), parse.GetValue(minPoints));
            string[] columns = ["county", "indicator", "points", "first_year", "last_year", "model", "forecasts", "mae", "coverage", "level", "brier", "no_change_brier", "target"];
            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
                    Csv.WriteRow(context.Output, columns);
                    foreach (var r in rows)
                    {
                        Csv.WriteRow(context.Output, r.Values);
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
                                switch (r.Values[i])
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
                    var table = new Table { Title = new TableTitle("Rolling-origin backtest on real series (synthetic values excluded)"), Border = TableBorder.Simple };
                    table.AddColumns(columns.Select(c => new TableColumn(c)).ToArray());
                    foreach (var r in rows)
                    {
                        table.AddRow(r.Values.Select(v => Markup.Escape(Text(v))).ToArray());
                    }

                    context.Console.Write(table);
                    break;
            }

            return EcoCli.Ok;
        });
        return command;
    }

    internal sealed record Row(object?[] Values);

    internal static List<Row> Run(Dataset dataset, double level, int minTrain, int maxHorizon, int minPoints)
    {
        var panel = dataset.Panel;
        var rows = new List<Row>();
        foreach (var county in panel.Counties)
        {
            foreach (var indicator in panel.Indicators.Where(i => i.Kind != IndicatorKind.Status))
            {
                var points = panel.Years
                    .Select(y => panel.Cell(county.Id, indicator.Code, y))
                    .Where(cell => cell is { IsSynthetic: false })
                    .Select(cell => (cell!.Year, cell.Value))
                    .ToList();
                if (points.Count < minPoints)
                {
                    continue;
                }

                var target = LatestAssigned(dataset, county.Id, indicator.Code);
                var options = new BacktestOptions
                {
                    Level = level,
                    MinTrain = minTrain,
                    MaxHorizon = maxHorizon,
                    Trend = new TrendOptions { Range = indicator.Range },
                    Target = target is { } t ? new BacktestTarget(t, indicator.Direction) : null,
                };
                foreach (var model in Models)
                {
                    var result = Backtest.RollingOrigin(points, model, options);
                    rows.Add(new Row([county.Id, indicator.Code, points.Count, points[0].Year, points[^1].Year, model.ToString().ToLowerInvariant(), result.Forecasts.Count,
                        result.MeanAbsoluteError, result.Coverage, level, result.Brier, result.NoChangeBrier, target]));
                }
            }
        }

        return rows;
    }

    private static double? LatestAssigned(Dataset dataset, string county, string indicator)
    {
        var assigned = dataset.AssignedPanel;
        return assigned.Years.Reverse().Select(y => assigned.Cell(county, indicator, y)?.Value).FirstOrDefault(v => v is not null);
    }

    private static string Text(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
