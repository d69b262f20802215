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
        var programme = new ProgrammeOptions("to evaluate");
        var year = new Option<int?>("--year") { Description = "Evaluate this year. Default: each rule's deadline, or the latest year with data." };
        var years = new Option<string?>("--years") { Description = "Evaluate a range of years, e.g. 2019-2023." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var bom = CsvBom.Create();
        var command = new Command("evaluate", "Which indicators are met: evaluate programme rules over the datasets.");
        programme.AddTo(command);
        command.Add(year);
        command.Add(years);
        command.Add(format);
        command.Add(bom);
        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = Dataset.Load(data.Paths(parse));
            var options = programme.Evaluation(parse, dataset) with { Years = Years(parse.GetValue(year), parse.GetValue(years)) };
            var problems = ProgrammeFiles.ReportData(dataset, context);
            var (programmes, ruleProblems) = programme.Load(parse, dataset, context, options.Overrides);
            var tables = programme.Scope(parse, programmes, options.Counties, context)
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
