using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Outlook;

/// <summary>What an indicator's catalog limits mean to the forecasters: logit bounds, a value range, and the options that carry them.</summary>
public static class IndicatorLimits
{
    /// <summary>The logit bounds (Min, Max) when the catalog gives both (a percentage, an index); otherwise null.</summary>
    /// <param name="indicator">The indicator.</param>
    public static Bounds? BoundsOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Min is { } min && indicator.Max is { } max && max > min ? new Bounds(min, max) : null;
    }

    /// <summary>The values the indicator can take (for example ≥ 0 for a concentration); null when the catalog gives no limit.</summary>
    /// <param name="indicator">The indicator.</param>
    public static ValueRange? RangeOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return ValueRange.From(indicator.Min, indicator.Max);
    }

    /// <summary>Trend options with the indicator's bounds and value range, so that nothing impossible is projected.</summary>
    /// <param name="indicator">The indicator.</param>
    public static TrendOptions TrendOptionsFor(Indicator indicator) => new() { Bounds = BoundsOf(indicator), ValueRange = RangeOf(indicator) };

    /// <summary>Progress options with the indicator's bounds (the no-target methods treat a value at a limit as on track).</summary>
    /// <param name="indicator">The indicator.</param>
    public static ProgressOptions ProgressOptionsFor(Indicator indicator) => new() { Bounds = BoundsOf(indicator) };
}
