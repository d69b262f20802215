using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>
/// Every threshold of a compiled programme, resolved once for a threshold set and a list of overrides: for each rule,
/// each of its indicators and each terrain class, the number compared against (or why there is none). Evaluation,
/// the outlook and what-if comparisons read the same plan, so they always compare against the same numbers.
/// </summary>
public sealed class ThresholdPlan
{
    private readonly RuleThresholds[] _rules;
    private readonly Dictionary<string, int> _byName;

    private ThresholdPlan(CompiledProgramme programme, EvaluationOptions options)
    {
        var overrides = options.Overrides
            .GroupBy(o => o.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var wanted = options.ThresholdSet ?? programme.Programme.DefaultThresholdSet;
        var sets = new List<string>();
        _rules = programme.AllRules.Select(rule => Resolve(rule, programme.Programme, wanted, overrides, sets)).ToArray();
        Sets = sets;
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in programme.AllRules)
        {
            _byName.TryAdd(rule.Rule.Name, rule.Index);
        }

        Options = options;
    }

    /// <summary>The options the plan was resolved for.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>The threshold sets the rules actually use, in order of first use.</summary>
    public IReadOnlyList<string> Sets { get; }

    /// <summary>Resolves every threshold of <paramref name="programme"/> under <paramref name="options"/>.</summary>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="options">Threshold set and overrides (counties and years are not used); null for the defaults.</param>
    public static ThresholdPlan For(CompiledProgramme programme, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ThresholdPlan(programme, options ?? EvaluationOptions.Default);
    }

    /// <summary>
    /// The threshold of rule <paramref name="rule"/> (by name, components included) for a county of
    /// <paramref name="terrain"/>; for a multi-indicator rule, of its <paramref name="component"/>-th indicator.
    /// </summary>
    /// <param name="rule">Rule name.</param>
    /// <param name="terrain">The county's terrain class (matters only for terrain-dependent thresholds).</param>
    /// <param name="component">Index of the indicator in the rule's <c>indicators</c> list.</param>
    /// <exception cref="KeyNotFoundException">The programme has no rule of that name.</exception>
    public ResolvedThreshold Resolve(string rule, Terrain terrain = Terrain.None, int component = 0)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var thresholds = _byName.TryGetValue(rule, out var index) ? _rules[index] : throw new KeyNotFoundException($"no rule '{rule}' in the programme");
        var value = component < thresholds.Values.Length ? thresholds.Values[component][(int)terrain] : double.NaN;
        var error = component < thresholds.Errors.Length ? thresholds.Errors[component][(int)terrain] : null;
        return new ResolvedThreshold(double.IsNaN(value) ? null : value, thresholds.Set, thresholds.Note, error) { InSet = thresholds.InSet };
    }

    internal RuleThresholds this[CompiledRule rule] => _rules[rule.Index];

    private static RuleThresholds Resolve(CompiledRule compiled, Programme programme, string wanted, Dictionary<string, ThresholdOverride> overrides, List<string> sets)
    {
        var rule = compiled.Rule;
        var set = ChooseSet(rule, programme, wanted, out var note, out var inSet);
        var setIndex = sets.IndexOf(set);
        if (setIndex < 0)
        {
            setIndex = sets.Count;
            sets.Add(set);
        }

        var slots = Enum.GetValues<Terrain>().Length;
        var values = new double[compiled.Indicators.Length][];
        var errors = new string?[compiled.Indicators.Length][];
        for (var k = 0; k < compiled.Indicators.Length; k++)
        {
            values[k] = new double[slots];
            errors[k] = new string?[slots];
            var indicator = compiled.Indicators[k];
            for (var slot = 0; slot < slots; slot++)
            {
                (values[k][slot], errors[k][slot], var overridden) = Threshold(rule, indicator, set, (Terrain)slot, overrides);
                if (overridden is not null && !(note ?? string.Empty).Contains(overridden, StringComparison.Ordinal))
                {
                    note = note is null ? overridden : $"{note}; {overridden}";
                }
            }
        }

        return new RuleThresholds(set, setIndex, note, values, errors) { InSet = inSet };
    }

    private static string ChooseSet(ProgrammeRule rule, Programme programme, string wanted, out string? note, out bool inSet)
    {
        note = null;
        inSet = true;
        if (rule.Thresholds.Count == 0 || rule.Thresholds.ContainsKey(wanted))
        {
            return wanted;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { wanted };
        for (var set = wanted; programme.Inherits.TryGetValue(set, out var parent) && visited.Add(parent); set = parent)
        {
            if (rule.Thresholds.ContainsKey(parent))
            {
                note = $"no '{wanted}' threshold for this rule; used '{parent}' (the programme declares that '{wanted}' inherits from '{parent}')";
                return parent;
            }
        }

        inSet = false;
        note = $"not part of threshold set '{wanted}': the rule gives thresholds only for '{string.Join("', '", rule.Thresholds.Keys)}', and the programme declares no inheritance that supplies one";
        return wanted;
    }

    private static (double Value, string? Error, string? Override) Threshold(ProgrammeRule rule, Indicator indicator, string set, Terrain terrain, Dictionary<string, ThresholdOverride> overrides)
    {
        if (overrides.TryGetValue(rule.Name, out var byRule) || overrides.TryGetValue(indicator.Code, out byRule))
        {
            var level = byRule.Label is { } label ? (double?)StatusScale.LevelOf(label, indicator.Scale) : byRule.Value;
            return level is { } v ? (v, null, $"threshold overridden ({byRule})") : (double.NaN, $"override '{byRule}' is not on the {StatusScale.Describe(indicator.Scale)} of {indicator.Code}", null);
        }

        if (!rule.Thresholds.TryGetValue(set, out var spec))
        {
            return (double.NaN, null, null);
        }

        if (spec is ThresholdSpec.Status status && indicator.Kind == IndicatorKind.Status)
        {
            var onScale = status.Resolve(indicator.Scale, out var scaleError);
            return (onScale, scaleError, null);
        }

        var value = spec.Resolve(terrain, indicator.Code, out var error);
        return (value, error, null);
    }
}

/// <summary>One rule's resolved thresholds.</summary>
/// <param name="Set">The threshold set used.</param>
/// <param name="SetIndex">Its position in <see cref="ThresholdPlan.Sets"/>.</param>
/// <param name="Note">What the resolution did (a declared inheritance, not being part of the set, an override), or null.</param>
/// <param name="Values">[indicator k][(int)terrain] → threshold, NaN when none.</param>
/// <param name="Errors">[indicator k][(int)terrain] → why there is no threshold, or null.</param>
internal sealed record RuleThresholds(string Set, int SetIndex, string? Note, double[][] Values, string?[][] Errors)
{
    /// <summary>False when the rule gives no threshold in the chosen set and no declared inheritance supplies one.</summary>
    public bool InSet { get; init; } = true;
}

/// <summary>A rule's threshold for one county as the plan resolved it.</summary>
/// <param name="Value">The threshold in the indicator's unit (a ladder level for status rules); null when there is none.</param>
/// <param name="Set">The threshold set it comes from.</param>
/// <param name="Note">What the resolution did (a declared inheritance, not being part of the set, an override), or null.</param>
/// <param name="Error">Why no threshold applies (e.g. a terrain the rule does not give), or null.</param>
public readonly record struct ResolvedThreshold(double? Value, string Set, string? Note, string? Error)
{
    /// <summary>False when the rule is not part of the threshold set (no threshold there, no declared inheritance).</summary>
    public bool InSet { get; init; } = true;
}
