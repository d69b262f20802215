using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// Sicherl's S-time-distance (§7.2): the target path is the straight line from the base observation (t0, x0) to the
/// target (T, x*); the latest value x_t is reached by that path in year t' = t0 + (x_t − x0)(T − t0)/(x* − x0), and
/// S = t − t'. Positive S: years behind the path; negative: ahead. Works with two points.
/// </summary>
public static class TimeDistance
{
    /// <summary>The method tag carried by every result.</summary>
    public const string Method = "Sicherl S-time-distance";

    /// <summary>Computes the S-distance of the latest observation from the target path.</summary>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="target">Target value, year and direction.</param>
    /// <param name="options">Base year; null for defaults.</param>
    public static TimeDistanceResult Assess(IEnumerable<(int Year, double Value)> points, Target target, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var inputs = ProgressInputs.Prepare(points, target, target.Direction, options ?? ProgressOptions.Default, growthRates: false, out _, out var reason);
        if (inputs is null)
        {
            return new TimeDistanceResult(null, null, null, null, null, null, reason);
        }

        if (inputs.TargetValue == inputs.BaseValue)
        {
            return new TimeDistanceResult(null, null, inputs.BaseYear, inputs.BaseValue, inputs.LatestYear, inputs.LatestValue, "the target path is flat (target equals the base value): no time distance");
        }

        var pathYear = inputs.BaseYear + ((inputs.LatestValue - inputs.BaseValue) * (target.Deadline - inputs.BaseYear) / (inputs.TargetValue - inputs.BaseValue));
        var behind = inputs.LatestYear - pathYear;
        var text = ProgressInputs.Invariant(
            $"path {inputs.BaseValue:G6} ({inputs.BaseYear}) → {inputs.TargetValue:G6} ({target.Deadline}) reaches {inputs.LatestValue:G6} in {pathYear:F2}; S = {behind:+0.##;-0.##;0} years {(behind > 0 ? "behind" : behind < 0 ? "ahead" : "on the path")}");
        if (inputs.Notes.Length > 0)
        {
            text += "; " + inputs.Notes;
        }

        return new TimeDistanceResult(behind, pathYear, inputs.BaseYear, inputs.BaseValue, inputs.LatestYear, inputs.LatestValue, text);
    }
}

/// <summary>The result of <see cref="TimeDistance.Assess"/>.</summary>
/// <param name="YearsBehind">S = t − t′ (positive: behind the target path); null when undefined.</param>
/// <param name="PathYear">t′, the (fractional) year in which the target path reaches the latest value.</param>
/// <param name="BaseYear">Base year t0.</param>
/// <param name="BaseValue">Base value x0.</param>
/// <param name="LatestYear">Latest year t.</param>
/// <param name="LatestValue">Latest value x_t.</param>
/// <param name="Message">How it was computed, or why it could not be.</param>
public sealed record TimeDistanceResult(
    double? YearsBehind,
    double? PathYear,
    int? BaseYear,
    double? BaseValue,
    int? LatestYear,
    double? LatestValue,
    string Message)
{
    /// <summary>The method tag, <see cref="TimeDistance.Method"/>.</summary>
    public string Method => TimeDistance.Method;
}
