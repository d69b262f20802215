using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Targets;

/// <summary>Which way an indicator should move: up (forest coverage) or down (PM2.5).</summary>
public enum TargetDirection
{
    /// <summary>Larger values are better; a target is met when the value is at or above it.</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better; a target is met when the value is at or below it.</summary>
    LowerIsBetter,
}
