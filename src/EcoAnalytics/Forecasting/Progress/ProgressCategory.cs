namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// A comparable ordinal category across monitors. The monitor's own wording is in <see cref="ProgressVerdict.Label"/>;
/// monitors with fewer tiers use a subset (UNSD's third tier "stagnation or regression" is <see cref="LimitedProgress"/>).
/// </summary>
public enum ProgressCategory
{
    /// <summary>The latest value already meets the target.</summary>
    TargetAchieved,

    /// <summary>Fast enough (Eurostat "significant progress", StatCan "On track", SDSN ↑).</summary>
    OnTrack,

    /// <summary>Progress, but acceleration needed (Eurostat "moderate progress", SDSN ➚).</summary>
    ModerateProgress,

    /// <summary>Too slow (Eurostat "insufficient progress", StatCan "Limited progress", SDSN →).</summary>
    LimitedProgress,

    /// <summary>Moving away from the target or objective (SDSN ↓).</summary>
    Deterioration,

    /// <summary>No data to judge: not enough observations (the method needs a base and a later value).</summary>
    NoData,

    /// <summary>The method does not apply (mixed signs, target year before the base year, flat target path).</summary>
    NotApplicable,
}
