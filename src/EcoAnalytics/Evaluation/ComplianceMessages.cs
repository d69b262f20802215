using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>The numbers and the sentence a compliance row shows, per requirement kind.</summary>
internal static class ComplianceMessages
{
    /// <summary>The marker every message about generated data starts with.</summary>
    public const string SyntheticMarker = "[synthetic data] ";

    /// <summary>(value, threshold, gap) as the result table shows them; NaN when not applicable.</summary>
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
            Requirement.Combined => (double.NaN, double.NaN),
            _ => (x.Value, x.Threshold),
        };

        var gap = plan.Requirement == Requirement.Combined
            ? SmallestGap(comparator, x.Values, x.Thresholds)
            : double.IsNaN(value) || double.IsNaN(threshold) ? double.NaN : comparator.Gap(value, threshold);
        return (value, threshold, gap);
    }

    // No lambdas on this path: a closure over the input struct would be allocated on every call.
    private static double SmallestGap(Comparator comparator, double[] values, double[] thresholds)
    {
        var smallest = double.NaN;
        for (var k = 0; k < values.Length && k < thresholds.Length; k++)
        {
            var gap = comparator.Gap(values[k], thresholds[k]);
            smallest = double.IsNaN(smallest) || gap < smallest ? gap : smallest;
        }

        return smallest;
    }

    public static string Decorate(string message, bool synthetic) => synthetic ? SyntheticMarker + message : message;

    public static string Describe(RulePlan plan, BuiltInput built, ComplianceStatus status, IndicatorCatalog catalog)
    {
        var compiled = plan.Rule;
        var rule = compiled.Rule;
        var x = built.Input;
        var code = rule.Indicator;
        var unit = catalog.Find(code)?.Unit is { } u && u != "-" ? (u == "%" ? "%" : " " + u) : string.Empty;
        var symbol = rule.Comparator?.Symbol() ?? ">=";
        string text;
        if (status == ComplianceStatus.NoData)
        {
            text = "no data: " + string.Join("; ", Missing(rule, built));
        }
        else
        {
            text = rule.Requirement switch
            {
                Requirement.Improving => $"trend {Signed(x.Slope)}{unit}/yr over {x.Year - rule.Window + 1}–{x.Year} ({x.Points} values) {symbol} 0",
                Requirement.NotDecreasing => $"{N(x.Value)}{unit} {symbol} baseline {N(x.Baseline)}{unit} ({(rule.BaselineYear ?? (x.Year - 1)).ToString(CultureInfo.InvariantCulture)})",
                Requirement.Assigned => $"{N(x.Value)}{unit} {symbol} {N(x.Assigned)}{unit} assigned by the upper level for {x.Year.ToString(CultureInfo.InvariantCulture)}"
                    + ((compiled.Members & InputMembers.Slope) != 0 ? $"; trend {Signed(x.Slope)}{unit}/yr" : string.Empty),
                Requirement.Status => $"{(x.Status.Length > 0 ? x.Status : "?")} {symbol} {RequiredLabel(rule, plan, built)} (status ladder {N(x.Value)} vs {N(x.Threshold)})",
                Requirement.Combined => string.Join("; ", compiled.Indicators.Select((ind, k) =>
                    $"{ind.Code} {N(x.Values.ElementAtOrDefault(k))} {symbol} {N(x.Thresholds.ElementAtOrDefault(k))}")),
                _ => $"{N(x.Value)}{unit} {symbol} {N(x.Threshold)}{unit} ({plan.Set}{(rule.Requirement == Requirement.Terrain ? ", " + x.Terrain : string.Empty)})",
            };
            text = $"{(status == ComplianceStatus.Met ? "met" : "not met")}: {text}";
        }

        if (plan.Note is { } note)
        {
            text += "; " + note;
        }

        return Decorate(text, built.Synthetic);
    }

    private static IEnumerable<string> Missing(ProgrammeRule rule, BuiltInput built)
    {
        var x = built.Input;
        var code = rule.Indicator;
        var missing = built.Missing;
        if (missing.HasFlag(InputMembers.Value))
        {
            yield return $"no {code} value for {x.Year}";
        }

        if (missing.HasFlag(InputMembers.Previous))
        {
            yield return $"no {code} value for {x.Year - 1}";
        }

        if (missing.HasFlag(InputMembers.Baseline))
        {
            yield return $"no baseline {code} value for {rule.BaselineYear ?? (x.Year - 1)}";
        }

        if (missing.HasFlag(InputMembers.Slope))
        {
            yield return $"{x.Points} {code} values in {x.Year - rule.Window + 1}–{x.Year}, the trend needs {rule.MinPoints}";
        }

        if (missing.HasFlag(InputMembers.Assigned))
        {
            yield return $"no target assigned by the upper level for {code} in {x.Year} (assigned-targets.csv)";
        }

        if (missing.HasFlag(InputMembers.Status))
        {
            yield return $"no {code} status for {x.Year}";
        }

        if (missing.HasFlag(InputMembers.Values))
        {
            var absent = rule.Indicators.Where((_, k) => k >= x.Values.Length || double.IsNaN(x.Values[k]));
            yield return $"no {string.Join(", ", absent)} value for {x.Year}";
        }
    }

    private static string RequiredLabel(ProgrammeRule rule, RulePlan plan, BuiltInput built) =>
        rule.Thresholds.TryGetValue(plan.Set, out var spec) && spec is ThresholdSpec.Status s ? s.Label : N(built.Input.Threshold);

    private static string N(double value) => double.IsNaN(value) ? "—" : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => double.IsNaN(value) ? "—" : value.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);
}
