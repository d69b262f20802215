namespace EcoAnalytics.Outlook;

/// <summary>
/// One rule's outlook for one county: the trend projection at the deadline with its interval, the probability the
/// target is met there, the first year the projection meets it, the pace needed versus observed, and the verdicts of
/// three official monitoring methods. Fields that do not apply are null; <see cref="Note"/> says why.
/// </summary>
/// <param name="County">County id.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code (a component's code for multi-indicator rules).</param>
/// <param name="Deadline">Target year.</param>
/// <param name="Target">Target value in the indicator's unit.</param>
/// <param name="Direction"><c>higher</c> or <c>lower</c> is better.</param>
/// <param name="Model">The trend model used (what Auto chose), or <c>none</c>.</param>
/// <param name="LastYear">Latest observed year.</param>
/// <param name="LastValue">Latest observed value.</param>
/// <param name="Projected">Central projection at the deadline.</param>
/// <param name="Lower">Lower end of the interval at the deadline.</param>
/// <param name="Upper">Upper end of the interval at the deadline.</param>
/// <param name="Level">Interval coverage.</param>
/// <param name="ProbabilityMet">P(target met at the deadline) from the predictive distribution (0 or 1 when observed).</param>
/// <param name="ExpectedYearMet">First year the central projection meets the target; null when not within the horizon.</param>
/// <param name="ObservedAnnualChange">OLS slope of the observations, units per year.</param>
/// <param name="RequiredAnnualChange">Change per year needed from the latest value to reach the target by the deadline.</param>
/// <param name="ProgressRatio">Eurostat/StatCan growth-rate ratio R = CAGR observed / CAGR required.</param>
/// <param name="VerdictEurostat">Eurostat growth-rate-ratio category (or its no-target CAGR category).</param>
/// <param name="VerdictUnsd">UNSD projected-achievement category.</param>
/// <param name="VerdictSdsn">SDSN linear-pace arrow.</param>
/// <param name="Note">What was done and why fields are empty; starts with <c>[synthetic data]</c> when any point is generated.</param>
public sealed record ForecastRow(
    string County,
    string Rule,
    string Indicator,
    int? Deadline,
    double? Target,
    string Direction,
    string Model,
    int? LastYear,
    double? LastValue,
    double? Projected,
    double? Lower,
    double? Upper,
    double Level,
    double? ProbabilityMet,
    int? ExpectedYearMet,
    double? ObservedAnnualChange,
    double? RequiredAnnualChange,
    double? ProgressRatio,
    string VerdictEurostat,
    string VerdictUnsd,
    string VerdictSdsn,
    string Note)
{
    /// <summary>True when any observation behind the forecast is synthetic.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>On track: already met, or at least an even chance of meeting the target at the deadline.</summary>
    public bool? OnTrack => ProbabilityMet is { } p ? p >= 0.5 : null;
}
