namespace EcoAnalytics.Forecasting.Targets;

/// <summary>Which situation an attainment assessment found.</summary>
public enum AttainmentOutcome
{
    /// <summary>The deadline is ahead and the target is not yet met: projected with an interval and a probability.</summary>
    Projected,

    /// <summary>The latest value already meets the target (the projection and probability at the deadline are still given when a model fits).</summary>
    AlreadyMet,

    /// <summary>The deadline is not after the latest observation: judged with the value observed in the deadline year (or interpolated, stated).</summary>
    DeadlinePassed,

    /// <summary>The deadline is ahead but no trend model could be fitted (fewer than 3 points, or the model does not apply); pace figures are still given.</summary>
    NoProjection,

    /// <summary>No usable observation at all.</summary>
    NoData,
}
