using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Simulation;

/// <summary>
/// One rule (or component indicator) of one programme for one county, ready to simulate: either a projected target
/// (a fitted trend, a target, a deadline) or a fixed outcome (the deadline passed, a status milestone).
/// </summary>
internal sealed record SimulationItem
{
    public required string County { get; init; }

    public required string Programme { get; init; }

    public required string Rule { get; init; }

    public required string Indicator { get; init; }

    public required bool Binding { get; init; }

    public required OutcomeBasis Basis { get; init; }

    public required ForecastGoal Goal { get; init; }

    public YearValue? Latest { get; init; }

    public required string Note { get; init; }

    public bool IsSynthetic { get; init; }

    /// <summary>For projected items: the fitted trend (calibrated as the outlook's).</summary>
    public TrendFit? Fit { get; init; }

    /// <summary>For projected items: the target compared at the deadline.</summary>
    public double Target { get; init; }

    /// <summary>+1 when higher is better, −1 when lower is better.</summary>
    public int Better { get; init; } = 1;

    /// <summary>For fixed items: whether the rule is met; for status items, whether one ladder step up would meet it.</summary>
    public bool FixedMet { get; init; }

    public bool? ImprovedMet { get; init; }

    /// <summary>For status items: the required and the present label.</summary>
    public (string? Target, string? Latest) Labels { get; init; }

    /// <summary>Mean absolute change per year of the series (one ladder step for status items); null when unknown.</summary>
    public double? TypicalChange { get; init; }

    /// <summary>Index of the item's series among the county's projected series (set by the sampler); −1 for fixed items.</summary>
    public int Series { get; set; } = -1;

    public bool IsProjected => Basis == OutcomeBasis.Projected;

    public int Deadline => Goal.Deadline ?? throw new InvalidOperationException("a simulated item has a deadline");

    /// <summary>Years from the latest observation to the deadline (≥ 1 for projected items).</summary>
    public int Horizon => Deadline - Fit!.LastYear!.Value;

    /// <summary>The scenario's shift of the deadline value (in the indicator's unit, signed).</summary>
    public double ShiftUnder(Scenario scenario)
    {
        if (!IsProjected)
        {
            return 0;
        }

        var shift = 0.0;
        foreach (var step in scenario.Steps)
        {
            if (step.AppliesTo(Rule, Indicator))
            {
                shift += step.Shift(Deadline, Fit!.LastYear!.Value, Better, Fit.Project);
            }
        }

        return shift;
    }

    /// <summary>
    /// P(met by the deadline) with the deadline value shifted by <paramref name="shift"/>, closed form: the value is
    /// the (censored) predictive draw plus the shift, kept within the indicator's range.
    /// </summary>
    public double Probability(double shift)
    {
        if (!IsProjected)
        {
            return FixedMet ? 1 : 0;
        }

        // The shifted value is kept within the range; a target inside it is met exactly when the (censored) projection
        // passes target − shift, which TrendFit answers in closed form.
        var range = Fit!.Range;
        return Better > 0
            ? Target <= range.Min ? 1 : Target > range.Max ? 0 : Fit.ProbabilityAtLeast(Deadline, Target - shift)
            : Target >= range.Max ? 1 : Target < range.Min ? 0 : Fit.ProbabilityAtMost(Deadline, Target - shift);
    }

    /// <summary>P(met) if the rule alone improved by one typical change (null when that is unknown).</summary>
    public double? ImprovedProbability(double shift) =>
        IsProjected
            ? TypicalChange is { } delta ? Probability(shift + (Better * delta)) : null
            : ImprovedMet is { } met ? (met ? 1 : 0) : null;

    /// <summary>
    /// The cut-off c on the standard-normal draw e of the item's series: the rule is met on a path exactly when
    /// Better·e ≥ c. Because the value is a monotone function of e whose marginal is the predictive distribution,
    /// c = −Φ⁻¹(P) reproduces the closed-form probability; ±∞ for certain outcomes.
    /// </summary>
    public static double CutOff(double probability) =>
        probability >= 1 ? double.NegativeInfinity
        : probability <= 0 ? double.PositiveInfinity
        : -Normal.InvCDF(0, 1, probability);

    /// <summary>The typical annual change of a series: mean |Δvalue / Δyear| over consecutive points; null below two points.</summary>
    public static double? MeanAbsoluteChange(IReadOnlyList<(int Year, double Value)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var sum = 0.0;
        for (var i = 1; i < points.Count; i++)
        {
            sum += Math.Abs(points[i].Value - points[i - 1].Value) / (points[i].Year - points[i - 1].Year);
        }

        return sum / (points.Count - 1);
    }

    public static int Sign(Direction? direction) => direction == Direction.LowerIsBetter ? -1 : 1;
}
