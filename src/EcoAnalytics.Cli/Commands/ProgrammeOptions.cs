using System.CommandLine;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// The options of the commands that run programmes over the datasets (evaluate, forecast, whatif, simulate, report):
/// which rule files, which counties with which programmes, which threshold set and overrides, and whether lint errors
/// stop a file. One definition, so that the five commands read them, check them and word them alike.
/// </summary>
internal sealed class ProgrammeOptions
{
    /// <param name="countyPurpose">What the counties are for, as the help of <c>--county</c> words it ("to evaluate").</param>
    /// <param name="thresholdSet">The help of <c>--threshold-set</c>.</param>
    /// <param name="overrides">The help of <c>--set</c>.</param>
    public ProgrammeOptions(string countyPurpose, string thresholdSet = "Threshold set, e.g. standard (Dengfeng's provincial standard) instead of target.", string overrides = "Override a threshold: RULE_OR_INDICATOR=VALUE (repeatable).")
    {
        County = new Option<string[]>("--county")
        {
            Description = $"County id(s) {countyPurpose}, each with its own programmes (add --any-programme for other counties' tables). Default: each programme's own county.",
            AllowMultipleArgumentsPerToken = true,
        };
        ThresholdSet = new Option<string?>("--threshold-set") { Description = thresholdSet };
        Overrides = new Option<string[]>("--set") { Description = overrides, AllowMultipleArgumentsPerToken = true };
    }

    public Option<string[]> Rules { get; } = new("--rules") { Description = "Rule file(s). Default: every bundled programme.", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> County { get; }

    public Option<bool> AnyProgramme { get; } = new("--any-programme")
    {
        Description = "Run every programme against the --county counties, also other counties' tables (a comparison, not the county's own assessment).",
    };

    public Option<string?> ThresholdSet { get; }

    public Option<string[]> Overrides { get; }

    public Option<bool> IgnoreLintErrors { get; } = new("--ignore-lint-errors")
    {
        Description = "Run rule files even when 'eco rules lint' finds errors in them (their rows may then be wrong or Error).",
    };

    public void AddTo(Command command)
    {
        command.Add(Rules);
        command.Add(County);
        command.Add(AnyProgramme);
        command.Add(ThresholdSet);
        command.Add(Overrides);
        command.Add(IgnoreLintErrors);
    }

    /// <summary>The <c>--county</c> ids, each known to the registry (a usage error names the closest); null when none is given.</summary>
    public IReadOnlyList<string>? Counties(ParseResult parse, Dataset dataset)
    {
        if (parse.GetValue(County) is not { Length: > 0 } ids)
        {
            return null;
        }

        foreach (var id in ids)
        {
            _ = dataset.Counties.Find(id) ?? throw new UsageException(dataset.Counties.UnknownMessage(id));
        }

        return ids;
    }

    /// <summary>The <c>--set</c> overrides, each parsed (a malformed one is a usage error).</summary>
    public IReadOnlyList<ThresholdOverride> OverridesOf(ParseResult parse) => (parse.GetValue(Overrides) ?? []).Select(Parse).ToList();

    /// <summary>Counties, threshold set and overrides as the evaluation takes them (years left to the command).</summary>
    public EvaluationOptions Evaluation(ParseResult parse, Dataset dataset) => new()
    {
        Counties = Counties(parse, dataset),
        ThresholdSet = parse.GetValue(ThresholdSet),
        Overrides = OverridesOf(parse),
    };

    /// <summary>
    /// The rule files linted, read and compiled (<see cref="ProgrammeFiles.Load"/>; problems on standard error), the threshold
    /// set checked against them, and every override checked to name a rule or indicator of one of them.
    /// </summary>
    public (List<CompiledProgramme> Programmes, bool Problems) Load(ParseResult parse, Dataset dataset, CliContext context, IReadOnlyList<ThresholdOverride> overrides)
    {
        var loaded = ProgrammeFiles.Load(dataset, parse.GetValue(Rules), parse.GetValue(ThresholdSet), context, parse.GetValue(IgnoreLintErrors));
        ProgrammeFiles.CheckOverrides(loaded.Programmes, overrides);
        return loaded;
    }

    /// <summary>Each programme with the counties it runs for (<see cref="CountyScope.Select"/>).</summary>
    public List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> Scope(ParseResult parse, IReadOnlyList<CompiledProgramme> programmes, IReadOnlyList<string>? counties, CliContext context) =>
        CountyScope.Select(programmes, counties, parse.GetValue(AnyProgramme), context.Error);

    private static ThresholdOverride Parse(string text)
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
}
