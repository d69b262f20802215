using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// The base and latest observations a progress method works on, after the monitors' edge rules (§2.3, §3.1, §12):
/// base = first observation in or after the base year; latest = last observation, but not after the target year;
/// for growth-rate methods a target at the upper bound (100 %) is re-expressed as the shortfall (lower is better),
/// all-negative series are mirrored, and a zero base or target is replaced (StatCan 0.001).
/// </summary>
internal sealed record ProgressInputs(
    int BaseYear,
    double BaseValue,
    int LatestYear,
    double LatestValue,
    double TargetValue,
    Direction Direction,
    string Notes)
{
    public bool LatestMeets => Meets(LatestValue);

    public bool BaseMeets => Meets(BaseValue);

    public bool Meets(double value) => Direction.Meets(value, TargetValue);

    /// <summary>Prepares the inputs, or returns null with the category and reason when the method cannot run.</summary>
    public static ProgressInputs? Prepare(
        IEnumerable<(int Year, double Value)> points,
        Target? target,
        Direction direction,
        ProgressOptions options,
        bool growthRates,
        out ProgressCategory failure,
        out string reason)
    {
        options.Validate();
        target?.Validate();
        var notes = new List<string>();
        var clean = SeriesData.Clean(points, out var cleaning);
        if (cleaning is not null)
        {
            notes.Add(cleaning);
        }

        if (target is not null && clean.Length > 0 && clean[^1].Year > target.Deadline)
        {
            clean = clean.Where(p => p.Year <= target.Deadline).ToArray();
            notes.Add(Invariant($"target year {target.Deadline} has passed: evaluated up to it"));
        }

        failure = ProgressCategory.NoData;
        var baseIndex = options.BaseYear is { } by ? Array.FindIndex(clean, p => p.Year >= by) : (clean.Length > 0 ? 0 : -1);
        if (baseIndex < 0 || baseIndex >= clean.Length - 1)
        {
            reason = Invariant($"needs a base observation{(options.BaseYear is { } y ? $" in or after {y}" : string.Empty)} and a later one; {clean.Length} usable point(s)");
            return null;
        }

        var (baseYear, baseValue) = clean[baseIndex];
        var (latestYear, latest) = clean[^1];
        if (target is not null && target.Deadline <= baseYear)
        {
            (failure, reason) = (ProgressCategory.NotApplicable, Invariant($"target year {target.Deadline} is not after the base year {baseYear}"));
            return null;
        }

        var goal = target?.Value ?? 0;
        if (growthRates && target?.Range is { IsBounded: true } bounds)
        {
            if (direction == Direction.HigherIsBetter && goal == bounds.Max)
            {
                (baseValue, latest, goal, direction) = (bounds.Max - baseValue, bounds.Max - latest, 0, Direction.LowerIsBetter);
                notes.Add(Invariant($"target at the upper bound: re-expressed as the shortfall {bounds.Max:G6} − x (lower is better)"));
            }
            else if (direction == Direction.LowerIsBetter && goal == bounds.Min && bounds.Min != 0)
            {
                (baseValue, latest, goal) = (baseValue - bounds.Min, latest - bounds.Min, 0);
                notes.Add(Invariant($"target at the lower bound: re-expressed as the excess x − {bounds.Min:G6}"));
            }
        }

        if (growthRates)
        {
            var anyNegative = baseValue < 0 || latest < 0 || (target is not null && goal < 0);
            var anyPositive = baseValue > 0 || latest > 0 || (target is not null && goal > 0);
            if (anyNegative && anyPositive)
            {
                (failure, reason) = (ProgressCategory.NotApplicable, "growth rates need values of one sign; the base, latest value and target mix signs");
                return null;
            }

            if (anyNegative)
            {
                (baseValue, latest, goal) = (-baseValue, -latest, -goal);
                direction = direction == Direction.HigherIsBetter ? Direction.LowerIsBetter : Direction.HigherIsBetter;
                notes.Add("all values negative: mirrored to positive with the direction flipped");
            }

            if (baseValue == 0)
            {
                baseValue = options.ZeroReplacement;
                notes.Add(Invariant($"base value 0 replaced by {options.ZeroReplacement:G6}"));
            }

            if (target is not null && goal == 0)
            {
                goal = options.ZeroReplacement;
                notes.Add(Invariant($"target 0 replaced by {options.ZeroReplacement:G6}"));
            }
        }

        reason = string.Empty;
        return new ProgressInputs(baseYear, baseValue, latestYear, latest, goal, direction, string.Join("; ", notes));
    }

    /// <summary>Compound annual growth rate (to/from)^(1/years) − 1.</summary>
    public static double Cagr(double from, double to, double years) => Math.Pow(to / from, 1 / years) - 1;

    public ProgressVerdict Verdict(
        ProgressMethod method,
        ProgressThresholds thresholds,
        ProgressCategory category,
        string label,
        double? statistic,
        double? score,
        string explanation) =>
        new(method, thresholds, category, label, statistic, score, BaseYear, BaseValue, LatestYear, LatestValue, Notes.Length == 0 ? explanation : explanation + "; " + Notes);

    public static ProgressVerdict Failed(ProgressMethod method, ProgressThresholds thresholds, ProgressCategory category, string reason) =>
        new(method, thresholds, category, category == ProgressCategory.NoData ? "Insufficient data" : "Not applicable", null, null, null, null, null, null, reason);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
