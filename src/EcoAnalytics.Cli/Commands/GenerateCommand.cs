using System.CommandLine;
using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;
using EcoAnalytics.Synthetic;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// <c>eco generate demo</c>: rebuild the synthetic demonstration panel in <c>observations.csv</c>. Real rows are kept
/// byte for byte in their order; every generated row follows them with <c>source=synthetic</c>. Deterministic for a
/// seed, so the bundled file can always be reproduced.
/// </summary>
internal static class GenerateCommand
{
    public static Command Build(CliContext context)
    {
        var data = new DataOptions();
        var output = new Option<string?>("--out") { Description = "Where to write (default: overwrite the observation file read)." };
        var seed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => PanelGenerator.DefaultSeed };
        var first = new Option<int>("--first-year") { Description = "First year of the panel.", DefaultValueFactory = _ => 2015 }.IsYear();
        var last = new Option<int>("--last-year") { Description = "Last year of the panel.", DefaultValueFactory = _ => 2024 }.IsYear();
        var demo = new Command("demo", "Regenerate the synthetic demonstration panel for the programme counties (anchored on every real value) and their synthetic assigned targets.")
        {
            output, seed, first, last,
        };
        data.AddTo(demo);
        demo.SetAction(parse =>
        {
            var paths = data.Paths(parse);
            if (paths.Observations.Count != 1)
            {
                throw new UsageException("give exactly one observation file to regenerate");
            }

            if (parse.GetValue(first) > parse.GetValue(last))
            {
                throw new UsageException($"--first-year {parse.GetValue(first)} is after --last-year {parse.GetValue(last)}");
            }

            if (parse.GetValue(output) is { } target && Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"--out {target}: the folder {folder} does not exist");
            }

            var source = paths.Observations[0];
            var dataset = Dataset.Load(paths);
            if (dataset.HasErrors)
            {
                foreach (var d in dataset.Diagnostics.Where(d => d.IsError))
                {
                    context.Error.WriteLine(d.ToString());
                }

                context.Error.WriteLine("eco: fix the errors above first: the demonstration panel is anchored on the real values.");
                return EcoCli.ProblemsFound;
            }

            var observations = DemonstrationFiles.Observations(dataset, File.ReadAllText(source), parse.GetValue(first), parse.GetValue(last), parse.GetValue(seed));
            Write(context, parse.GetValue(output) ?? source, observations, parse.GetValue(seed));

            // Targets assigned by the upper level, for the county-indicator pairs that programme rules of kind 'assigned' read.
            if (parse.GetValue(output) is null && paths.AssignedTargets is [var assignedFile])
            {
                var programmes = RuleFiles.OrDefault(null).Select(ProgrammeReader.Read).Select(r => r.Value).OfType<Programme>();
                var assigned = DemonstrationFiles.AssignedTargets(dataset, observations.Table, File.ReadAllText(assignedFile), programmes, parse.GetValue(first), parse.GetValue(last), parse.GetValue(seed));
                Write(context, assignedFile, assigned, parse.GetValue(seed));
            }

            return EcoCli.Ok;
        });
        return new Command("generate", "Generate synthetic data (always labelled source=synthetic).") { demo };
    }

    private static void Write(CliContext context, string path, RegeneratedFile file, int seed)
    {
        File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        context.Output.WriteLine($"wrote {path}: {file.RealRows} real rows kept as they were, {file.SyntheticRows} synthetic rows (seed {seed}).");
    }
}
