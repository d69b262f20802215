using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Targets;

/// <summary>
/// Will the target be met? The projection at the deadline with its interval, the closed-form probability of meeting
/// the target there, the first year the central projection meets it, and the pace needed versus the pace observed.
/// Every field that could not be computed is null, and <see cref="Message"/> says why.
/// </summary>
/// <param name="Outcome">The situation found.</param>
/// <param name="Target">The target assessed.</param>
/// <param name="Message">A sentence for the report, with numbers in invariant culture.</param>
/// <param name="LatestYear">The latest observed year.</param>
/// <param name="LatestValue">The latest observed value.</param>
/// <param name="Fit">The trend fit used; null when none was attempted.</param>
/// <param name="AtDeadline">Projection and interval at the deadline; null when the deadline has passed or nothing was fitted.</param>
/// <param name="ProbabilityMet">P(target met at the deadline): from the predictive distribution, or 0/1 from the value observed in the deadline year.</param>
/// <param name="MetAtDeadline">Whether the central projection (or the observed/interpolated value) meets the target at the deadline.</param>
/// <param name="FirstYearMet">The first year from the latest onwards whose central projection meets the target (the latest year when already met); null when not within the horizon.</param>
/// <param name="HorizonYear">The last year searched for <paramref name="FirstYearMet"/>.</param>
/// <param name="RequiredAnnualChange">(target − latest)/(deadline − latest year), units per year; null when the deadline has passed.</param>
/// <param name="ObservedAnnualChange">The OLS slope of the observations (the two-point slope for two points), units per year; null for one point.</param>
public sealed record AttainmentResult(
    AttainmentOutcome Outcome,
    Target Target,
    string Message,
    int? LatestYear,
    double? LatestValue,
    TrendFit? Fit,
    Interval? AtDeadline,
    double? ProbabilityMet,
    bool? MetAtDeadline,
    int? FirstYearMet,
    int HorizonYear,
    double? RequiredAnnualChange,
    double? ObservedAnnualChange)
{
    /// <summary>ObservedAnnualChange / RequiredAnnualChange (≥ 1: the observed pace suffices); null when either is missing or the required change is zero.</summary>
    public double? PaceRatio => ObservedAnnualChange is { } o && RequiredAnnualChange is { } r && r != 0 ? o / r : null;
}
