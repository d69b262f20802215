using System.CommandLine;
using System.Globalization;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary>Rule files read and compiled once per command, their problems printed to standard error.</summary>
internal static class ProgrammeFiles
{
    /// <summary>
    /// Lints, reads and compiles every file (default: the bundled programmes). Lint is a gate: a file with lint errors is
    /// refused (its messages printed) unless <paramref name="ignoreLintErrors"/>; the other files still run. Problems go
    /// to standard error.
    /// </summary>
    /// <exception cref="UsageException">No rule files, or no programme has the threshold set asked for.</exception>
    public static (List<CompiledProgramme> Programmes, bool Problems) Load(Dataset dataset, string[]? files, string? thresholdSet, CliContext context, bool ignoreLintErrors = false)
    {
        var paths = RuleFiles.OrDefault(files);
        if (paths.Count == 0)
        {
            throw new UsageException("no rule files given and none bundled");
        }

        var programmes = new List<CompiledProgramme>();
        var problems = false;
        foreach (var path in paths)
        {
            var linted = RuleLinter.LintAndCompile(path, dataset.Catalog);
            var lint = linted.Diagnostics;
            var errors = lint.Count(d => d.IsError);
            if (errors > 0 && !ignoreLintErrors)
            {
                foreach (var d in lint)
                {
                    context.Error.WriteLine(d.ToString());
                }

                context.Error.WriteLine($"eco: {Path.GetFileName(path)} refused: {errors} lint error(s) above. Fix them (eco rules lint {path}), or pass --ignore-lint-errors to run it anyway.");
                problems = true;
                continue;
            }

            problems |= Report(context, lint, Path.GetFileName(path));
            if (linted.Value is not { } programme)
            {
                continue;
            }

            if (programmes.FirstOrDefault(p => p.Programme.Name == programme.Programme.Name) is { } twin)
            {
                context.Error.WriteLine($"{path}:1: error ECO200: programme '{programme.Programme.Name}' is already read from {twin.Programme.File}; two programmes with one WorkflowName give rows that cannot be told apart: this file was skipped");
                problems = true;
                continue;
            }

            programmes.Add(programme);
        }

        if (thresholdSet is not null)
        {
            var known = programmes.SelectMany(p => p.Programme.ThresholdSets.Keys).ToHashSet(StringComparer.Ordinal);
            if (!known.Contains(thresholdSet))
            {
                throw new UsageException($"no programme has a threshold set '{thresholdSet}' (sets: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }

        return (programmes, problems);
    }

    /// <summary>Every <c>--set</c> must name a rule or an indicator of at least one programme; a typo is a usage error.</summary>
    /// <exception cref="UsageException">An override names nothing.</exception>
    public static void CheckOverrides(IReadOnlyList<CompiledProgramme> programmes, IEnumerable<ThresholdOverride> overrides)
    {
        foreach (var o in overrides)
        {
            CheckTarget(programmes, o.Target, $"--set {o}");
        }
    }

    /// <summary>
    /// <paramref name="target"/> must name a rule or an indicator of at least one programme; <paramref name="given"/> is
    /// the argument as typed, for the message.
    /// </summary>
    /// <exception cref="UsageException">It names nothing.</exception>
    public static void CheckTarget(IReadOnlyList<CompiledProgramme> programmes, string target, string given)
    {
        var rules = programmes.SelectMany(p => Flatten(p.Programme.Rules)).ToList();
        var names = rules.Select(r => r.Name).Concat(rules.SelectMany(r => r.Indicators)).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(target))
        {
            throw new UsageException($"{given}: no rule or indicator '{target}' in the programmes evaluated{Suggestions.DidYouMean(target, names)}");
        }
    }

    /// <summary>
    /// A hint when asked years hold no data at all: which years the datasets cover. Null when some asked year has data.
    /// </summary>
    public static string? YearsHint(Dataset dataset, IReadOnlyList<int>? years)
    {
        if (years is null || dataset.Observations.Count == 0)
        {
            return null;
        }

        var observed = dataset.Observations.Select(o => o.Year).ToHashSet();
        return years.Any(observed.Contains)
            ? null
            : $"eco: no observation for {(years.Count == 1 ? years[0].ToString(CultureInfo.InvariantCulture) : $"{years[0]}–{years[^1]}")}; the datasets cover {observed.Min()}–{observed.Max()}";
    }

    private static IEnumerable<ProgrammeRule> Flatten(IEnumerable<ProgrammeRule> rules) =>
        rules.SelectMany(r => Flatten(r.Components).Prepend(r));

    /// <summary>Prints the data's errors; true when there are any.</summary>
    public static bool ReportData(Dataset dataset, CliContext context) => Report(context, dataset.Diagnostics.Where(d => d.IsError), "data");

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
}
