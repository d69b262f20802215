using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.WhatIf;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco whatif</c>: the programme under its default thresholds against another threshold set and/or overrides (which
/// rules flip), or a sweep of one threshold (who meets it now, and the chance of meeting it by the deadline).
/// </summary>
internal static class WhatIfCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var programme = new ProgrammeOptions(
            "to compare",
            "Compare the default threshold set with this one, e.g. standard (Dengfeng's provincial standard against its plan target).",
            "Compare with a threshold replaced: RULE_OR_INDICATOR=VALUE (repeatable; with --threshold-set, on top of that set).");
        var sweeps = new Option<string[]>("--sweep")
        {
            Description = $"Instead of a comparison, try thresholds FROM, FROM+STEP, … ≤ TO for a rule or indicator: CODE=FROM:TO:STEP (at most {ThresholdRange.MaxSteps}; repeatable). Runs under --threshold-set and --set.",
            AllowMultipleArgumentsPerToken = true,
        };
        var model = ModelOption.Create("Trend model for P(met) (default auto)");
        var level = new Option<double>("--level") { Description = "Interval coverage of the outlook, e.g. 0.8.", DefaultValueFactory = _ => 0.8 }.IsLevel();
        var deadline = new Option<int>("--deadline")
        {
            Description = "Deadline for rules whose source gives none (default 2025, the end of the 14th Five-Year Plan, as in eco forecast).",
            DefaultValueFactory = _ => ForecastOptions.PlanPeriodEnd,
        }.IsYear();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var bom = CsvBom.Create();
        var command = new Command("whatif", "What if other thresholds applied: which rules flip between two threshold settings, or a sweep of one threshold with P(met by the deadline).");
        programme.AddTo(command);
        foreach (var option in new Option[] { sweeps, model, level, deadline, format, bom })
        {
            command.Add(option);
        }

        data.AddTo(command);
        command.SetAction(parse =>
        {
            var thresholdSet = parse.GetValue(programme.ThresholdSet);
            var alternative = programme.OverridesOf(parse);
            var ranges = (parse.GetValue(sweeps) ?? []).Select(ParseSweep).ToList();
            if (thresholdSet is null && alternative.Count == 0 && ranges.Count == 0)
            {
                throw new UsageException("whatif needs something to compare with the default thresholds: --threshold-set NAME (e.g. standard), --set RULE_OR_INDICATOR=VALUE, or --sweep CODE=FROM:TO:STEP");
            }

            var dataset = Dataset.Load(data.Paths(parse));
            var counties = programme.Counties(parse, dataset);
            var problems = ProgrammeFiles.ReportData(dataset, context);
            var (programmes, ruleProblems) = programme.Load(parse, dataset, context, alternative);
            problems |= ruleProblems;
            foreach (var range in ranges)
            {
                ProgrammeFiles.CheckTarget(programmes, range.Code, $"--sweep {range}");
            }

            var scoped = WithSet(programme.Scope(parse, programmes, counties, context), thresholdSet, context.Error);
            var options = new ForecastOptions
            {
                Model = parse.GetValue(model) ?? TrendModel.Auto,
                Level = parse.GetValue(level),
                DefaultDeadline = parse.GetValue(deadline),
            };
            var outputFormat = parse.GetValue(format) ?? OutputFormat.Table;
            if (outputFormat == OutputFormat.Csv)
            {
                CsvBom.WriteIf(parse.GetValue(bom), context.Output);
            }

            if (ranges.Count > 0)
            {
                var under = new EvaluationOptions { ThresholdSet = thresholdSet, Overrides = alternative };
                var tables = Sweep(scoped, dataset, ranges, options, under, context);
                WhatIfOutput.Write(context, outputFormat, tables);
                return problems ? EcoCli.ProblemsFound : EcoCli.Ok;
            }

            var comparisons = scoped
                .Select(s => ThresholdComparison.Compare(
                    s.Programme,
                    dataset,
                    options with { Evaluation = new EvaluationOptions { Counties = s.Counties } },
                    options with { Evaluation = new EvaluationOptions { ThresholdSet = thresholdSet, Overrides = alternative } }))
                .ToList();
            WhatIfOutput.Write(context, outputFormat, comparisons, dataset.Counties);
            var errors = comparisons.Any(t => t.BaselineCompliance.CountOf(ComplianceStatus.Error) + t.AlternativeCompliance.CountOf(ComplianceStatus.Error) > 0);
            return problems || errors ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    private static ThresholdRange ParseSweep(string text)
    {
        try
        {
            return ThresholdRange.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--sweep {ex.Message}");
        }
    }

    /// <summary>With --threshold-set, the programmes that do not declare it are left out (every rule would only "leave the set"), with a note.</summary>
    private static List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> WithSet(
        List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> scoped, string? thresholdSet, TextWriter notes)
    {
        if (thresholdSet is null)
        {
            return scoped;
        }

        var kept = new List<(CompiledProgramme, IReadOnlyList<string>?)>();
        foreach (var s in scoped)
        {
            if (s.Programme.Programme.ThresholdSets.ContainsKey(thresholdSet))
            {
                kept.Add(s);
            }
            else
            {
                notes.WriteLine($"note: {s.Programme.Programme.Name} has no threshold set '{thresholdSet}' (sets: {string.Join(", ", s.Programme.Programme.ThresholdSets.Keys)}); left out");
            }
        }

        return kept.Count > 0
            ? kept
            : throw new UsageException($"none of the programmes run ({string.Join(", ", scoped.Select(s => s.Programme.Programme.Name))}) has a threshold set '{thresholdSet}'");
    }

    private static List<SweepTable> Sweep(
        List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> scoped, Dataset dataset, List<ThresholdRange> ranges, ForecastOptions options, EvaluationOptions under, CliContext context)
    {
        var tables = new List<SweepTable>();
        foreach (var range in ranges)
        {
            var notes = new List<string>();
            var found = 0;
            foreach (var (programme, counties) in scoped.Where(s => s.Programme.Programme.AllRules.Any(r => r.Name == range.Code || r.Indicators.Contains(range.Code))))
            {
                var table = ThresholdSweep.Run(programme, dataset, range, options with { Evaluation = under with { Counties = counties } });
                notes.AddRange(table.Notes);
                found += table.Count;
                tables.Add(table);
            }

            if (found == 0)
            {
                throw new UsageException($"--sweep {range}: nothing to sweep: {(notes.Count > 0 ? string.Join("; ", notes) : $"no programme run for the counties asked has a rule or indicator '{range.Code}'")}");
            }

            foreach (var note in notes)
            {
                context.Error.WriteLine($"note: {note}");
            }
        }

        return tables.Where(t => t.Count > 0).ToList();
    }
}
