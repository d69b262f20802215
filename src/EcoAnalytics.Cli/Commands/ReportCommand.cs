using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using Spectre.Console;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco report</c>: the main job on the bundled (or given) data — validate the datasets, evaluate every programme
/// for its county, and project every target to its deadline.
/// </summary>
internal static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var set = new Option<string?>("--threshold-set") { Description = "Threshold set to report against (default: each programme's own)." };
        var deadline = new Option<int>("--deadline") { Description = "Deadline assumed for targets whose source gives none (default 2025, the end of the 14th Five-Year Plan).", DefaultValueFactory = _ => 2025 };
        var command = new Command("report", "Validate the datasets, report every programme's compliance, and the outlook for each target.") { set, deadline };
        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = Dataset.Load(data.Paths(parse));
            var console = context.Console;
            console.Write(new Rule("[bold]EcoAnalytics report[/]").LeftJustified());
            var synthetic = dataset.Observations.Count(o => o.IsSynthetic);
            console.MarkupLine(Markup.Escape(
                $"{dataset.Observations.Count} observations ({dataset.Observations.Count - synthetic} real with sources, {synthetic} synthetic), " +
                $"{dataset.AssignedTargets.Count} assigned targets, {dataset.Catalog.Count} indicators, {dataset.Counties.Count} units."));
            DiagnosticsOutput.Table(console, dataset.Diagnostics.Where(d => d.Severity != Diagnostics.Severity.Info).ToList(), "Data validation");
            console.WriteLine();
            var options = new EvaluationOptions { ThresholdSet = parse.GetValue(set) };
            var problems = ProgrammeFiles.ReportData(dataset, context);
            var (programmes, ruleProblems) = ProgrammeFiles.Load(dataset, null, options.ThresholdSet, context);
            problems |= ruleProblems;
            foreach (var programme in programmes)
            {
                ComplianceOutput.Table(console, ProgrammeEvaluator.Evaluate(programme, dataset, options));
            }

            console.Write(new Rule("[bold]Outlook: will the targets be met by their deadlines at today's pace?[/]").LeftJustified());
            // Programmes without a deadline (两山指数, 沁水 consolidation) are projected to the end of the 14th Five-Year Plan.
            var forecastOptions = new ForecastOptions { Evaluation = options, DefaultDeadline = parse.GetValue(deadline) };
            foreach (var compiled in programmes)
            {
                var forecast = ProgrammeForecaster.Forecast(compiled, dataset, forecastOptions);
                ForecastOutput.Table(console, forecast, $"{compiled.Programme.Name}: outlook to each deadline (automatic model choice, 80 % intervals)");
            }

            return problems || dataset.HasErrors ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }
}
