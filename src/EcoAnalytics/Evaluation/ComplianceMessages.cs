using System.Runtime.CompilerServices;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Internal;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>The numbers and the sentence a compliance row shows, per requirement kind.</summary>
internal static class ComplianceMessages
{
    /// <summary>
    /// (value, threshold, gap) as the result table stores them; NaN when not applicable. A multi-indicator rule's gap is
    /// rounded here, to its components' decimals; the others when a row is read (<see cref="ComplianceTable"/>), off the
    /// evaluation's hot path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per rule result: see ProgrammeEvaluator.Evaluate
    public static (double Value, double Threshold, double Gap) Measures(RulePlan plan, in BuiltInput built)
    {
        ref readonly var x = ref built.Input;
        var comparator = plan.Comparator;
        if (x.County is null)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var (value, threshold) = plan.Requirement switch
        {
            Requirement.Improving => (x.Slope, 0.0),
            Requirement.NotDecreasing => (x.Value, x.Baseline),
            Requirement.Assigned => (x.Value, x.Assigned),
            Requirement.AssignedChange => (Change(plan, x), x.Assigned),
            Requirement.Combined => (double.NaN, double.NaN),
            _ => (x.Value, x.Threshold),
        };

        var gap = plan.Requirement == Requirement.Combined
            ? SmallestGap(comparator, x.Values, x.Thresholds)
            : double.IsNaN(value) || double.IsNaN(threshold) ? double.NaN : comparator.Gap(value, threshold);
        return (value, threshold, gap);
    }

    /// <summary>
    /// The year-on-year improvement of the level an <see cref="Requirement.AssignedChange"/> rule reads: the level minus
    /// the previous year's for a higher-is-better level (提高幅度), the reverse for a lower-is-better one (下降幅度).
    /// </summary>
    public static double Change(RulePlan plan, in RuleInput x) =>
        Math.Round(plan.Rule.Indicators.Length > 0 && plan.Rule.Indicators[0].Direction == Direction.LowerIsBetter ? x.Previous - x.Value : x.Value - x.Previous, 10); // no 0.800000000000011 from subtracting levels

    // No lambdas on this path: a closure over the input struct would be allocated on every call.
    private static double SmallestGap(Comparator comparator, double[] values, double[] thresholds)
    {
        var smallest = double.NaN;
        for (var k = 0; k < values.Length && k < thresholds.Length; k++)
        {
            var gap = Precision.Difference(comparator.Gap(values[k], thresholds[k]), values[k], thresholds[k]);
            smallest = double.IsNaN(smallest) || gap < smallest ? gap : smallest;
        }

        return smallest;
    }

    public static string Decorate(string message, bool synthetic) => synthetic ? Sources.SyntheticMarker + message : message;

    public static string Describe(CompiledRule compiled, RuleThresholds thresholds, in RowMeasures row, ComplianceStatus status, IndicatorCatalog catalog, string county)
    {
        var rule = compiled.Rule;
        var facts = row.Facts;
        var code = rule.Indicator;
        var unit = catalog.Find(code)?.Unit is { } u && u != "-" ? (u == "%" ? "%" : " " + u) : string.Empty;
        var scale = catalog.Find(code) is { Kind: IndicatorKind.Status } statusIndicator ? statusIndicator.Scale : (OrdinalScale?)null;
        var symbol = rule.Comparator?.Symbol() ?? ">=";
        string text;
        if (status == ComplianceStatus.NoData)
        {
            text = "no data: " + string.Join("; ", Missing(rule, row, county));
        }
        else
        {
            var values = facts.Values ?? [];
            var limits = facts.Thresholds ?? [];
            text = rule.Requirement switch
            {
                Requirement.Improving => $"trend {Signed(facts.Slope)}{unit}/yr over {row.Year - rule.Window + 1}–{row.Year} ({facts.Points} values) {symbol} 0",
                Requirement.NotDecreasing when scale is { } s && s != OrdinalScale.Ladder =>
                    $"{(facts.Label is { Length: > 0 } observed ? observed : "?")} {symbol} baseline {StatusScale.LabelOf(row.Threshold, s)} ({(rule.BaselineYear ?? (row.Year - 1)).ToString(CultureInfo.InvariantCulture)}) ({StatusScale.Describe(s)} {N(row.Value)} vs {N(row.Threshold)})",
                Requirement.NotDecreasing => $"{N(row.Value)}{unit} {symbol} baseline {N(row.Threshold)}{unit} ({(rule.BaselineYear ?? (row.Year - 1)).ToString(CultureInfo.InvariantCulture)})",
                Requirement.Assigned when facts.AssignedLabel is { } required =>
                    $"{(facts.Label is { Length: > 0 } observed ? observed : "?")} {symbol} {required} assigned by the upper level for {row.Year.ToString(CultureInfo.InvariantCulture)} (status ladder {N(row.Value)} vs {N(row.Threshold)})",
                Requirement.Assigned => $"{N(row.Value)}{unit} {symbol} {N(row.Threshold)}{unit} assigned by the upper level for {row.Year.ToString(CultureInfo.InvariantCulture)}"
                    + ((compiled.Members & InputMembers.Slope) != 0 ? $"; trend {Signed(facts.Slope)}{unit}/yr" : string.Empty),
                Requirement.AssignedChange =>
                    $"{(rule.Indicators.Count > 0 && catalog.Find(code)?.Direction == Direction.LowerIsBetter ? "fall" : "rise")} of {code} on {(row.Year - 1).ToString(CultureInfo.InvariantCulture)} {Signed(row.Value)}{ChangeUnit(unit)} {symbol} {Signed(row.Threshold)}{ChangeUnit(unit)} assigned by the upper level for {row.Year.ToString(CultureInfo.InvariantCulture)} ({rule.AssignedIndicator})",
                Requirement.Status => $"{(facts.Label is { Length: > 0 } label ? label : "?")} {symbol} {RequiredLabel(rule, thresholds, row.Threshold)} ({StatusScale.Describe(scale ?? OrdinalScale.Ladder)} {N(row.Value)} vs {N(row.Threshold)})",
                Requirement.Combined => string.Join("; ", compiled.Indicators.Select((ind, k) =>
                    $"{ind.Code} {N(values.ElementAtOrDefault(k))} {symbol} {N(limits.ElementAtOrDefault(k))}")),
                _ => $"{N(row.Value)}{unit} {symbol} {N(row.Threshold)}{unit} ({thresholds.Set}{(rule.Requirement == Requirement.Terrain ? ", " + row.Terrain.Label() : string.Empty)})",
            };
            text = $"{(status == ComplianceStatus.Met ? "met" : "not met")}: {text}";
        }

        if (thresholds.Note is { } note)
        {
            text += "; " + note;
        }

        return Decorate(text, row.Synthetic);
    }

    private static IEnumerable<string> Missing(ProgrammeRule rule, RowMeasures row, string county)
    {
        var code = rule.Indicator;
        var missing = row.Facts.Missing;
        if (missing.HasFlag(InputMembers.Value))
        {
            yield return $"no {code} value for {row.Year}";
        }

        if (missing.HasFlag(InputMembers.Previous))
        {
            yield return $"no {code} value for {row.Year - 1}";
        }

        if (missing.HasFlag(InputMembers.Baseline))
        {
            yield return $"no baseline {code} value for {rule.BaselineYear ?? (row.Year - 1)}";
        }

        if (missing.HasFlag(InputMembers.Slope))
        {
            yield return $"{row.Facts.Points} {code} values in {row.Year - rule.Window + 1}–{row.Year}, the trend needs {rule.MinPoints}";
        }

        if (missing.HasFlag(InputMembers.Assigned) && rule.AssignedIndicator is { } key)
        {
            yield return $"no change assigned by the upper level for {key} in {row.Year}: it would come from a row county={county}, indicator={key}, year={row.Year} in datasets/assigned-targets.csv (the required year-on-year change of {code})";
        }
        else if (missing.HasFlag(InputMembers.Assigned))
        {
            yield return $"no target assigned by the upper level for {code} in {row.Year}: it would come from a row county={county}, indicator={code}, year={row.Year} in datasets/assigned-targets.csv (a number, or a completion state such as 完成)";
        }

        if (missing.HasFlag(InputMembers.Status))
        {
            yield return $"no {code} status for {row.Year}";
        }

        if (missing.HasFlag(InputMembers.Values))
        {
            var values = row.Facts.Values ?? [];
            var absent = rule.Indicators.Where((_, k) => k >= values.Length || double.IsNaN(values[k]));
            yield return $"no {string.Join(", ", absent)} value for {row.Year}";
        }
    }

    /// <summary>
    /// A status rule's labels as printed: the observed label, and the required one (the rule's own in the set used, the
    /// label assigned by the upper level, or the baseline's); (null, null) for numeric rules.
    /// </summary>
    public static (string? Value, string? Threshold) Labels(CompiledRule compiled, RuleThresholds thresholds, in RowFacts facts, double threshold, IndicatorCatalog catalog)
    {
        var rule = compiled.Rule;
        if (catalog.Find(rule.Indicator) is not { Kind: IndicatorKind.Status } indicator)
        {
            return (null, null);
        }

        var observed = facts.Label is { Length: > 0 } label ? label : null;
        var required = rule.Requirement switch
        {
            Requirement.Status => rule.Thresholds.TryGetValue(thresholds.Set, out var spec) && spec is ThresholdSpec.Status s ? s.Label : Level(threshold, indicator.Scale),
            Requirement.Assigned => facts.AssignedLabel ?? Level(threshold, indicator.Scale),
            Requirement.NotDecreasing when indicator.Scale != OrdinalScale.Ladder => Level(threshold, indicator.Scale),
            _ => null,
        };
        return required is null && observed is null ? (null, null) : (observed, required);
    }

    // The ladder's levels have many labels each: no single label to show for a level.
    private static string? Level(double level, OrdinalScale scale) => double.IsNaN(level) || scale == OrdinalScale.Ladder ? null : StatusScale.LabelOf(level, scale);

    private static string RequiredLabel(ProgrammeRule rule, RuleThresholds thresholds, double threshold) =>
        rule.Thresholds.TryGetValue(thresholds.Set, out var spec) && spec is ThresholdSpec.Status s ? s.Label : N(threshold);

    private static string ChangeUnit(string unit) => unit == "%" ? " points" : unit;

    private static string N(double value) => double.IsNaN(value) ? "—" : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => double.IsNaN(value) ? "—" : value.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);
}
