using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Progress;

namespace EcoAnalytics.Outlook;

/// <summary>How far a rule could be projected.</summary>
public enum OutlookKind
{
    /// <summary>Not projected: a status milestone (compared on its ladder) or a rule that cannot be forecast.</summary>
    NotProjected,

    /// <summary>The trend alone: the rule has no quantified target (稳定提高) or no deadline.</summary>
    TrendOnly,

    /// <summary>A quantified target with a deadline: probability, first year met, pace and the official verdicts.</summary>
    Target,
}

/// <summary>The answer to "will it be met?" for a row with a probability.</summary>
public enum TargetOutlook
{
    /// <summary>The deadline has passed and the latest observation meets the target.</summary>
    Met,

    /// <summary>The deadline has passed and the latest observation does not meet the target.</summary>
    Missed,

    /// <summary>Before the deadline: at least an even chance of meeting it (or already met).</summary>
    OnTrack,

    /// <summary>Before the deadline: less than an even chance.</summary>
    OffTrack,
}

/// <summary>
/// One rule's outlook for one county: the trend projection at the deadline with its interval, the probability the
/// target is met there, the first year the projection meets it, the pace needed versus observed, and the verdicts of
/// three official monitoring methods. Fields that do not apply are null; <see cref="Note"/> says why.
/// </summary>
/// <param name="County">County id.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code (a component's code for multi-indicator rules).</param>
/// <param name="Kind">How far the rule could be projected.</param>
/// <param name="Goal">The target, its deadline and which way is better.</param>
/// <param name="Model">The trend model used (what Auto chose); null when none was fitted.</param>
/// <param name="Latest">The latest observation; null when the series is empty.</param>
/// <param name="AtDeadline">The projection and its interval at the deadline; null without a deadline or a fitted model.</param>
/// <param name="Level">Nominal coverage of the interval.</param>
/// <param name="ProbabilityMet">P(target met at the deadline) from the predictive distribution (0 or 1 when observed).</param>
/// <param name="ExpectedYearMet">First year the central projection meets the target; null when not within the horizon.</param>
/// <param name="Pace">Observed and required annual change.</param>
/// <param name="Verdicts">The Eurostat, UNSD and SDSN verdicts.</param>
/// <param name="Note">What was done and why fields are empty; starts with <c>[synthetic data]</c> when any point is generated.</param>
public sealed record ForecastRow(
    string County,
    string Rule,
    string Indicator,
    OutlookKind Kind,
    ForecastGoal Goal,
    TrendModel? Model,
    YearValue? Latest,
    Interval? AtDeadline,
    double Level,
    double? ProbabilityMet,
    int? ExpectedYearMet,
    ForecastPace Pace,
    OfficialVerdicts Verdicts,
    string Note)
{
    /// <summary>True when any observation behind the forecast is synthetic.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>The programme's name (<see cref="Rules.Programme.Name"/>); empty for an ad-hoc series.</summary>
    public string Programme { get; init; } = string.Empty;

    /// <summary>On track: already met, or at least an even chance of meeting the target at the deadline.</summary>
    public bool? OnTrack => ProbabilityMet is { } p ? p >= 0.5 : null;

    /// <summary>
    /// Met or missed when the deadline has passed (judged on the observed value), otherwise on or off track by
    /// P(met) ≥ 0.5; null without a probability.
    /// </summary>
    public TargetOutlook? Assessment => OnTrack switch
    {
        null => null,
        var onTrack when Goal.Deadline is { } deadline && Latest is { } latest && deadline <= latest.Year => onTrack == true ? TargetOutlook.Met : TargetOutlook.Missed,
        true => TargetOutlook.OnTrack,
        false => TargetOutlook.OffTrack,
    };
}

/// <summary>What a rule asks for.</summary>
/// <param name="Target">Target value in the indicator's unit; null when the rule has none (稳定提高) or it is not numeric.</param>
/// <param name="Deadline">Target year; null when the source gives none and no default was set.</param>
/// <param name="Direction">Which way is better for this requirement; null when not projected.</param>
public sealed record ForecastGoal(double? Target, int? Deadline, Direction? Direction);

/// <summary>One (year, value) point of a series.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value in the indicator's unit.</param>
public readonly record struct YearValue(int Year, double Value);

/// <summary>The pace of change, in the indicator's unit per year.</summary>
/// <param name="ObservedAnnualChange">OLS slope of the observations, to three more decimals than the observations and the target were given with.</param>
/// <param name="RequiredAnnualChange">Change per year needed from the latest value to reach the target by the deadline, rounded as <paramref name="ObservedAnnualChange"/>.</param>
/// <param name="ProgressRatio">Eurostat/StatCan growth-rate ratio R = CAGR observed / CAGR required; null once the target is met.</param>
public sealed record ForecastPace(double? ObservedAnnualChange, double? RequiredAnnualChange, double? ProgressRatio)
{
    /// <summary>No pace computed.</summary>
    public static ForecastPace None { get; } = new(null, null, null);
}

/// <summary>
/// The verdicts of three official monitoring methods; a verdict is null where the method does not apply (see
/// <see cref="ForecastRow.Kind"/>: no target, or not projected).
/// </summary>
/// <param name="Eurostat">Eurostat growth-rate-ratio category (or its no-target CAGR category).</param>
/// <param name="Unsd">UNSD projected-achievement category.</param>
/// <param name="Sdsn">SDSN linear-pace arrow.</param>
public sealed record OfficialVerdicts(ProgressVerdict? Eurostat, ProgressVerdict? Unsd, ProgressVerdict? Sdsn)
{
    /// <summary>No verdicts.</summary>
    public static OfficialVerdicts None { get; } = new(null, null, null);
}
