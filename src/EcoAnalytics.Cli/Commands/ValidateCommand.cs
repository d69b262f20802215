using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco validate</c>: load the datasets and print every diagnostic.</summary>
internal static class ValidateCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("validate", "Check datasets: unknown counties or indicators, non-numbers, out-of-bounds values, duplicates, encodings, cross-field consistency. Exit 1 when errors are found.");
        data.AddTo(command);
        command.Add(format);
        command.SetAction(parse =>
        {
            var paths = data.Paths(parse);
            var dataset = Dataset.Load(paths);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                DiagnosticsOutput.Json(context.Output, dataset.Diagnostics);
            }
            else
            {
                var files = string.Join(", ", paths.Observations.Concat(paths.AssignedTargets).Select(Path.GetFileName));
                DiagnosticsOutput.Table(context.Console, dataset.Diagnostics, $"eco validate ({files}; {dataset.Observations.Count} observations, {dataset.AssignedTargets.Count} assigned targets)");
            }

            return dataset.HasErrors ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }
}
