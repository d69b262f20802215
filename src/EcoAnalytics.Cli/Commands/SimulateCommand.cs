using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco simulate</c>: Monte-Carlo scenarios — each rule's chance of being met by its deadline, the joint chance that
/// every binding rule is, the rules most likely to fail, and where a push helps most.
/// </summary>
internal static class SimulateCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var programme = new ProgrammeOptions("to simulate", "Threshold set, e.g. standard.");
        var paths = new Option<int>("--paths") { Description = "Monte-Carlo paths per series.", DefaultValueFactory = _ => 10_000 }.AtLeast(100, "fewer paths give probabilities too coarse to compare");
        var seed = new Option<ulong>("--seed") { Description = "Random seed: the same seed gives the same output, byte for byte.", DefaultValueFactory = _ => 1 };
        var scenario = new Option<string[]>("--scenario")
        {
            Description = "A scenario: push:TARGET=AMOUNT@YEAR (more improvement a year from YEAR), shock:TARGET=SIZE@YEAR (a one-off setback), stall:TARGET@YEAR (no progress from YEAR), path:TARGET=YEAR:VALUE,… (a custom course). TARGET: rule, indicator or *.",
            AllowMultipleArgumentsPerToken = false,
        };
        var scenarioFiles = new Option<string[]>("--scenarios") { Description = "Scenario file(s) (JSON; see scenarios/schema.json).", AllowMultipleArgumentsPerToken = true };
        var model = ModelOption.Create("Trend model (default auto)");
        var deadline = new Option<int>("--deadline")
        {
            Description = "Deadline for rules whose source gives none (default 2025, the end of the 14th Five-Year Plan).",
            DefaultValueFactory = _ => ForecastOptions.PlanPeriodEnd,
        }.IsYear();
        var inspection = new Option<int?>("--inspection") { Description = "Judge every rule in this year (an inspection) instead of at its own deadline." };
        inspection.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } year && year is < 1949 or > 2100)
            {
                result.AddError($"--inspection {year} is not a plausible year (1949–2100)");
            }
        });
        var independent = new Option<bool>("--independent") { Description = "Treat every indicator as independent (default: correlation estimated from observed values where there are enough)." };
        var binding = new Option<string[]>("--binding") { Description = "Rules that count as binding (default: those the source marks 约束性, or every rule when it marks none).", AllowMultipleArgumentsPerToken = true };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var bom = CsvBom.Create();
        var command = new Command("simulate", "Monte-Carlo scenarios: the chance each rule, and every binding rule together, is met by the deadline; which rules are most likely to fail; where a push helps most.");
        programme.AddTo(command);
        foreach (var option in new Option[] { paths, seed, scenario, scenarioFiles, model, deadline, inspection, independent, binding, format, bom })
        {
            command.Add(option);
        }

        data.AddTo(command);
        command.SetAction(parse =>
        {
            var scenarios = ParseScenarios(parse.GetValue(scenario) ?? [], parse.GetValue(scenarioFiles) ?? [], context, out var scenarioProblems);
            var dataset = Dataset.Load(data.Paths(parse));
            var evaluation = programme.Evaluation(parse, dataset);
            var problems = ProgrammeFiles.ReportData(dataset, context) | scenarioProblems;
            var (programmes, ruleProblems) = programme.Load(parse, dataset, context, evaluation.Overrides);
            problems |= ruleProblems;
            var scoped = programme.Scope(parse, programmes, evaluation.Counties, context);
            CheckTargets(scoped.Select(s => s.Programme).ToList(), scenarios, parse.GetValue(binding));

            var options = new SimulationOptions
            {
                Paths = parse.GetValue(paths),
                Seed = parse.GetValue(seed),
                Scenarios = scenarios,
                Dependence = parse.GetValue(independent) ? DependenceMode.Independent : DependenceMode.Estimated,
                Binding = parse.GetValue(binding) is { Length: > 0 } b ? b : null,
                InspectionYear = parse.GetValue(inspection),
                Forecast = new ForecastOptions { Model = parse.GetValue(model) ?? TrendModel.Auto, DefaultDeadline = parse.GetValue(deadline), Evaluation = evaluation with { Counties = null } }, // each programme's counties: scoped
            };

            var result = WithProgress(context, scoped, dataset, options);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
                    CsvBom.WriteIf(parse.GetValue(bom), context.Output);
                    SimulationOutput.Csv(context.Output, result);
                    break;
                case OutputFormat.Json:
                    SimulationOutput.Json(context.Output, result);
                    break;
                default:
                    SimulationOutput.Table(context.Console, result);
                    break;
            }

            return problems ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    // Groups programmes by the counties they run for (CountyScope gives each its own list) and merges the results.
    private static SimulationResult WithProgress(CliContext context, List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> scoped, Dataset dataset, SimulationOptions options)
    {
        using var progress = new StderrProgress(context.Error, "simulating");
        var parts = scoped.GroupBy(s => s.Counties is null ? string.Empty : string.Join(",", s.Counties))
            .Select(g => Simulator.Simulate(
                g.Select(s => s.Programme).ToList(),
                dataset,
                options with { Progress = progress, Forecast = options.Forecast with { Evaluation = options.Forecast.Evaluation with { Counties = g.First().Counties } } }))
            .ToList();
        return parts.Count == 1 ? parts[0] : new SimulationResult(
            parts.SelectMany(p => p.Rules).ToList(), parts.SelectMany(p => p.Joint).ToList(),
            parts.SelectMany(p => p.Dependence).DistinctBy(d => d.County).ToList(), parts[0].Scenarios, options.Paths, options.Seed);
    }

    internal static List<Scenario> ParseScenarios(string[] texts, string[] files, CliContext context, out bool problems)
    {
        var scenarios = new List<Scenario>();
        foreach (var text in texts)
        {
            try
            {
                scenarios.Add(Scenario.Parse(text));
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--scenario {ex.Message}");
            }
        }

        problems = false;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"--scenarios {file}: no such file");
            }

            var read = ScenarioFile.Read(file);
            foreach (var diagnostic in read.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            problems |= read.HasErrors;
            scenarios.AddRange(read.Value);
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Name).Where(g => g.Count() > 1 || g.Key == Scenario.BaselineName))
        {
            throw new UsageException($"scenario '{duplicate.Key}' is given twice (or takes the name of the baseline)");
        }

        return scenarios;
    }

    internal static void CheckTargets(IReadOnlyList<CompiledProgramme> programmes, List<Scenario> scenarios, string[]? binding)
    {
        foreach (var (scenario, step) in scenarios.SelectMany(s => s.Steps.Where(step => step.Target != "*").Select(step => (s, step))))
        {
            ProgrammeFiles.CheckTarget(programmes, step.Target, $"scenario '{scenario.Name}'");
        }

        var names = programmes.SelectMany(p => p.Programme.AllRules).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in binding ?? [])
        {
            if (!names.Contains(name))
            {
                throw new UsageException($"--binding {name}: no rule of that name in the programmes simulated{Suggestions.DidYouMean(name, names)}");
            }
        }
    }
}
