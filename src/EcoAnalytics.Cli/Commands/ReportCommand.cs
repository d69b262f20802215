using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation;
using EcoAnalytics.Presentation.Report;
using EcoAnalytics.Presentation.Workbook;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco report</c>: the main job — validate the datasets, evaluate every programme for its counties, project every
/// target to its deadline, and write it all as one offline HTML file (and optionally an Excel workbook); the terminal
/// gets a short summary and the path.
/// </summary>
internal static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var programme = new ProgrammeOptions("to report on", "Threshold set to report against (default: each programme's own).");
        var deadline = new Option<int>("--deadline") { Description = "Deadline assumed for targets whose source gives none (default 2025, the end of the 14th Five-Year Plan).", DefaultValueFactory = _ => ForecastOptions.PlanPeriodEnd };
        var output = new Option<string>("--out") { Description = "The HTML report to write (default: report.html in the current folder).", DefaultValueFactory = _ => "report.html" };
        var xlsx = new Option<string?>("--xlsx") { Description = "Also write an Excel workbook: a sheet per programme (compliance and outlook), sources, rules." };
        var simulate = new Option<bool>("--simulate") { Description = "Add the simulator's section: joint chance of every binding rule passing, rule by rule by scenario, Monte-Carlo paths." };
        var inspection = new Option<int?>("--inspection") { Description = "With --simulate: judge every rule in this year instead of at its own deadline." };
        var scenario = new Option<string[]>("--scenario") { Description = "With --simulate: a scenario (as in eco simulate), repeatable." };
        var lang = new Option<string>("--lang") { Description = "Language of the report: zh (default) or en.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("report", "Validate the datasets, evaluate every programme and project each target; write one offline HTML report (and an Excel workbook with --xlsx) and print a short summary.");
        programme.AddTo(command);
        foreach (var option in new Option[] { deadline, output, xlsx, simulate, inspection, scenario, lang })
        {
            command.Add(option);
        }

        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = Dataset.Load(data.Paths(parse));
            var evaluation = programme.Evaluation(parse, dataset);
            var counties = evaluation.Counties;
            var problems = ProgrammeFiles.ReportData(dataset, context);
            var (programmes, ruleProblems) = programme.Load(parse, dataset, context, evaluation.Overrides);
            problems |= ruleProblems;
            var any = parse.GetValue(programme.AnyProgramme);
            programmes = programme.Scope(parse, programmes, counties, context).Select(s => s.Programme).ToList();
            var language = parse.GetValue(lang) == "en" ? ReportLanguage.En : ReportLanguage.Zh;
            var sections = parse.GetValue(simulate)
                ? [Simulation(dataset, programmes, evaluation, parse.GetValue(deadline), parse.GetValue(inspection), parse.GetValue(scenario) ?? [], any ? counties : null, language, context)]
                : new List<Presentation.Charts.ReportSection>();
            var options = new ReportOptions
            {
                Sections = sections,
                AnyProgramme = any,
                Language = language,
                Evaluation = evaluation,
                DefaultDeadline = parse.GetValue(deadline),
                GeneratedAt = DateTimeOffset.Now,
            };
            var report = ReportData.Build(dataset, programmes, options);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var charts = HtmlReport.Write(report, path);
            string? workbook = null;
            if (parse.GetValue(xlsx) is { } x)
            {
                workbook = Path.GetFullPath(x);
                Directory.CreateDirectory(Path.GetDirectoryName(workbook)!);
                ReportWorkbook.Write(report, workbook);
            }

            ReportSummaryOutput.Write(context.Console, report, path, charts, workbook);
            return problems || dataset.HasErrors ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    private static Presentation.Charts.ReportSection Simulation(
        Dataset dataset, List<Rules.CompiledProgramme> programmes, EvaluationOptions evaluation, int deadline, int? inspection, string[] scenarios, IReadOnlyList<string>? counties, ReportLanguage language, CliContext context)
    {
        var parsed = SimulateCommand.ParseScenarios(scenarios, [], context, out _);
        SimulateCommand.CheckTargets(programmes, parsed, null);
        var result = Simulator.Simulate(programmes, dataset, new SimulationOptions
        {
            Scenarios = parsed,
            InspectionYear = inspection,
            Forecast = new ForecastOptions { DefaultDeadline = deadline, Evaluation = evaluation with { Counties = counties } },
        });
        return Presentation.Charts.SimulationSection.Build(result, dataset.Catalog, language);
    }
}
