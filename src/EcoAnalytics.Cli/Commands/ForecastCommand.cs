using System.CommandLine;
using EcoAnalytics.Catalog;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco forecast</c>: will the targets be met by the deadline at today's pace? Programme form (every rule) or
/// single-series form (<c>--indicator --target --deadline</c>).
/// </summary>
internal static class ForecastCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var programme = new ProgrammeOptions("to project", "Threshold set, e.g. standard.");
        var model = ModelOption.Create("Trend model (default auto)");
        var level = new Option<double>("--level") { Description = "Interval coverage, e.g. 0.8.", DefaultValueFactory = _ => 0.8 }.IsLevel();
        var deadline = new Option<int>("--deadline")
        {
            Description = "Deadline for rules whose source gives none (default 2025, the end of the 14th Five-Year Plan, as in eco report), or of the single-series form.",
            DefaultValueFactory = _ => ForecastOptions.PlanPeriodEnd,
        }.IsYear();
        var indicator = new Option<string?>("--indicator") { Description = "Single-series form: the indicator code." };
        var target = new Option<double?>("--target") { Description = "Single-series form: the target value." };
        var direction = new Option<string?>("--direction") { Description = "Single-series form: higher or lower is better (default: the catalog's)." };
        direction.AcceptOnlyFromAmong("higher", "lower");
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var bom = CsvBom.Create();
        var command = new Command("forecast", "Project each target to its deadline: probability of meeting it, first year met, pace needed vs observed, official progress verdicts.");
        programme.AddTo(command);
        foreach (var option in new Option[] { model, level, deadline, indicator, target, direction, format, bom })
        {
            command.Add(option);
        }

        data.AddTo(command);
        command.SetAction(parse =>
        {
            var levelValue = parse.GetValue(level);

            var dataset = Dataset.Load(data.Paths(parse));
            var options = new ForecastOptions
            {
                Model = parse.GetValue(model) ?? TrendModel.Auto,
                Level = levelValue,
                Evaluation = programme.Evaluation(parse, dataset),
                DefaultDeadline = parse.GetValue(deadline),
            };

            var problems = false;
            List<ForecastTable> tables;
            if (parse.GetValue(indicator) is { } code)
            {
                tables = [Single(dataset, code, parse.GetValue(target), parse.GetValue(deadline), parse.GetValue(direction), options)];
            }
            else
            {
                problems = ProgrammeFiles.ReportData(dataset, context);
                var (programmes, ruleProblems) = programme.Load(parse, dataset, context, options.Evaluation.Overrides);
                problems |= ruleProblems;
                tables = programme.Scope(parse, programmes, options.Evaluation.Counties, context)
                    .Select(s => ProgrammeForecaster.Forecast(s.Programme, dataset, options with { Evaluation = options.Evaluation with { Counties = s.Counties } }))
                    .ToList();
            }

            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
                    CsvBom.WriteIf(parse.GetValue(bom), context.Output);
                    ForecastOutput.Csv(context.Output, tables.SelectMany(t => t));
                    break;
                case OutputFormat.Json:
                    ForecastOutput.Json(context.Output, tables.SelectMany(t => t));
                    break;
                default:
                    foreach (var table in tables)
                    {
                        ForecastOutput.Table(context.Console, table, $"{table.Programme}: outlook to each deadline (model {ModelOption.Name(options.Model)})");
                    }

                    break;
            }

            return problems ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    private static ForecastTable Single(Dataset dataset, string code, double? target, int? deadline, string? direction, ForecastOptions options)
    {
        if (options.Evaluation.Counties is not [var id])
        {
            throw new UsageException("the single-series form needs exactly one --county");
        }

        var indicator = dataset.Catalog.Find(code) ?? throw new UsageException(dataset.Catalog.UnknownMessage(code));
        if (target is not { } value || deadline is null)
        {
            throw new UsageException("the single-series form needs --target (and takes --deadline, default 2025)");
        }

        if (indicator.Kind == IndicatorKind.Status)
        {
            throw new UsageException($"{code} is a status milestone (a ladder of labels): it is compared with eco evaluate, not projected");
        }

        if (!indicator.InBounds(value))
        {
            throw new UsageException($"--target {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} lies outside what {code} can take [{indicator.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "−∞"}, {indicator.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}] {indicator.Unit}");
        }

        var (points, synthetic) = dataset.Panel.Points(id, code);
        var dir = direction switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            _ => indicator.Direction,
        };
        return new ForecastTable("single-series", [SeriesForecaster.Forecast(id, "-", indicator, points, target, deadline, dir, options, synthetic) with { Programme = "single-series" }]);
    }
}
