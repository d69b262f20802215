namespace EcoAnalytics.Forecasting.Progress;

/// <summary>Which monitor's cut-offs and wording <see cref="CagrRatio"/> uses.</summary>
public enum CagrRatioScheme
{
    /// <summary>Eurostat: 0.95 / 0.6 / 0, "significant / moderate / insufficient progress, movement away".</summary>
    Eurostat,

    /// <summary>Statistics Canada: 0.95 / 0.6 / 0 with the [−5, 5] score.</summary>
    StatCan,

    /// <summary>UNDP: 0.95 / 0.5 / −0.1; "achieved" within 0.05 % of the target.</summary>
    Undp,
}
