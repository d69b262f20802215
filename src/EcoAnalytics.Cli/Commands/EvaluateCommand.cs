using System.CommandLine;
using System.Globalization;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco evaluate</c>: compliance tables for programmes over the datasets.</summary>
internal static class EvaluateCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var rules = new Option<string[]>("--rules") { Description = "Rule file(s). Default: every bundled programme.", AllowMultipleArgumentsPerToken = true };
        var county = new Option<string[]>("--county") { Description = "County id(s) to evaluate. Default: each programme's own county.", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "Evaluate this year. Default: each rule's deadline, or the latest year with data." };
        var years = new Option<string?>("--years") { Description = "Evaluate a range of years, e.g. 2019-2023." };
        var set = new Option<string?>("--threshold-set") { Description = "Threshold set, e.g. standard (Dengfeng's provincial standard) instead of target." };
        var overrides = new Option<string[]>("--set") { Description = "Override a threshold: RULE_OR_INDICATOR=VALUE (repeatable).", AllowMultipleArgumentsPerToken = true };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("evaluate", "Which indicators are met: evaluate programme rules over the datasets.")
        {
            rules, county, year, years, set, overrides, format,
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

            var (tables, _, problems) = EvaluateAll(dataset, RuleFiles.OrDefault(parse.GetValue(rules)), options, context);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
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

    /// <summary>Evaluates every rule file; problems with files or data go to standard error.</summary>
    internal static (List<ComplianceTable> Tables, List<CompiledProgramme> Programmes, bool Problems) EvaluateAll(Dataset dataset, IReadOnlyList<string> files, EvaluationOptions options, CliContext context)
    {
        var problems = Report(context, dataset.Diagnostics.Where(d => d.IsError), "data");
        if (files.Count == 0)
        {
            throw new UsageException("no rule files given and none bundled");
        }

        // Read every file once; the threshold-set check and the evaluation share the result.
        var read = files.Select(file => (File: file, Result: ProgrammeReader.Read(file))).ToList();
        if (options.ThresholdSet is { } wanted)
        {
            var known = read.Where(r => r.Result.Value is not null).SelectMany(r => r.Result.Value!.ThresholdSets.Keys).ToHashSet(StringComparer.Ordinal);
            if (!known.Contains(wanted))
            {
                throw new UsageException($"no programme has a threshold set '{wanted}' (sets: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }

        var tables = new List<ComplianceTable>();
        var programmes = new List<CompiledProgramme>();
        foreach (var (file, result) in read)
        {
            problems |= Report(context, result.Diagnostics, Path.GetFileName(file));
            if (result.Value is null)
            {
                continue;
            }

            var compiled = CompiledProgramme.Compile(result.Value, dataset.Catalog);
            problems |= Report(context, compiled.Diagnostics, Path.GetFileName(file));
            programmes.Add(compiled);
            tables.Add(ProgrammeEvaluator.Evaluate(compiled, dataset, options));
        }

        return (tables, programmes, problems);
    }

    private static bool Report(CliContext context, IEnumerable<Diagnostic> diagnostics, string what)
    {
        var any = false;
        foreach (var d in diagnostics)
        {
            context.Error.WriteLine(d.ToString());
            any |= d.IsError;
        }

        if (any)
        {
            context.Error.WriteLine($"eco: problems in {what} (above); the remaining rules and rows were still evaluated.");
        }

        return any;
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
