using System.CommandLine;
using System.Globalization;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco evaluate</c>: compliance tables for programmes over the datasets.</summary>
internal static class EvaluateCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var rules = new Option<string[]>("--rules") { Description = "Rule file(s). Default: every bundled programme.", AllowMultipleArgumentsPerToken = true };
        var county = new Option<string[]>("--county") { Description = "County id(s) to evaluate, each with its own programmes (add --any-programme for other counties' tables). Default: each programme's own county.", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "Evaluate this year. Default: each rule's deadline, or the latest year with data." };
        var years = new Option<string?>("--years") { Description = "Evaluate a range of years, e.g. 2019-2023." };
        var set = new Option<string?>("--threshold-set") { Description = "Threshold set, e.g. standard (Dengfeng's provincial standard) instead of target." };
        var overrides = new Option<string[]>("--set") { Description = "Override a threshold: RULE_OR_INDICATOR=VALUE (repeatable).", AllowMultipleArgumentsPerToken = true };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var ignoreLint = ProgrammeFiles.IgnoreLintOption();
        var bom = CsvBom.Create();
        var anyProgramme = CountyScope.AnyProgrammeOption();
        var command = new Command("evaluate", "Which indicators are met: evaluate programme rules over the datasets.")
        {
            rules, county, anyProgramme, year, years, set, overrides, ignoreLint, format, bom,
        };
        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = Dataset.Load(data.Paths(parse));
            var options = new EvaluationOptions
            {
                Counties = parse.GetValue(county) is { Length: > 0 } c ? c : null,
                Years = Years(parse.GetValue(year), parse.GetValue(years)),
                ThresholdSet = parse.GetValue(set),
                Overrides = (parse.GetValue(overrides) ?? []).Select(ParseOverride).ToList(),
            };
            foreach (var id in options.Counties ?? [])
            {
                if (dataset.Counties.Find(id) is null)
                {
                    throw new UsageException(dataset.Counties.UnknownMessage(id));
                }
            }

            var problems = ProgrammeFiles.ReportData(dataset, context);
            var (programmes, ruleProblems) = ProgrammeFiles.Load(dataset, parse.GetValue(rules), options.ThresholdSet, context, parse.GetValue(ignoreLint));
            ProgrammeFiles.CheckOverrides(programmes, options.Overrides);
            var tables = CountyScope.Select(programmes, options.Counties, parse.GetValue(anyProgramme), context.Error)
                .Select(s => ProgrammeEvaluator.Evaluate(s.Programme, dataset, options with { Counties = s.Counties }))
                .ToList();
            if (ProgrammeFiles.YearsHint(dataset, options.Years) is { } hint)
            {
                context.Error.WriteLine(hint);
            }

            problems |= ruleProblems;
            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
                    CsvBom.WriteIf(parse.GetValue(bom), context.Output);
                    ComplianceOutput.Csv(context.Output, tables);
                    break;
                case OutputFormat.Json:
                    ComplianceOutput.Json(context.Output, tables);
                    break;
                default:
                    foreach (var table in tables)
                    {
                        ComplianceOutput.Table(context.Console, table);
                    }

                    break;
            }

            return problems || tables.Any(t => t.CountOf(ComplianceStatus.Error) > 0) ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    internal static ThresholdOverride ParseOverride(string text)
    {
        try
        {
            return ThresholdOverride.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--set {ex.Message}");
        }
    }

    private static IReadOnlyList<int>? Years(int? year, string? range)
    {
        if (year is { } y)
        {
            return range is null ? [y] : throw new UsageException("give --year or --years, not both");
        }

        if (range is null)
        {
            return null;
        }

        var parts = range.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && from <= to && to - from < 200)
        {
            return Enumerable.Range(from, to - from + 1).ToList();
        }

        throw new UsageException($"--years '{range}' is not a range like 2019-2023");
    }
}
