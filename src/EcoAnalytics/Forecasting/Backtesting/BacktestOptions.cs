using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>Settings for <see cref="Backtest.RollingOrigin"/>.</summary>
public sealed record BacktestOptions
{
    /// <summary>The defaults: train on at least 4 points, horizons 1–4 years, 80 % intervals, no target.</summary>
    public static BacktestOptions Default { get; } = new();

    /// <summary>The smallest training window (points). Default 4; at least 3.</summary>
    public int MinTrain { get; init; } = 4;

    /// <summary>The longest horizon in years. Default 4.</summary>
    public int MaxHorizon { get; init; } = 4;

    /// <summary>Nominal coverage of the scored intervals. Default 0.8.</summary>
    public double Level { get; init; } = 0.8;

    /// <summary>Options passed to every fit; null for defaults.</summary>
    public TrendOptions? Trend { get; init; }

    /// <summary>A threshold whose attainment in each forecast year is scored by the Brier score; null to skip it.</summary>
    public BacktestTarget? Target { get; init; }

    internal void Validate()
    {
        if (MinTrain < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(MinTrain), MinTrain, "MinTrain must be at least 3.");
        }

        if (MaxHorizon < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHorizon), MaxHorizon, "MaxHorizon must be at least 1.");
        }

        if (!(Level > 0 && Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "Level must be in (0, 1).");
        }

        if (Target is { } t && !double.IsFinite(t.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(Target), t.Value, "Target value must be finite.");
        }
    }
}

/// <summary>A threshold and direction: the event "met" in a year is value ≥ Value (higher is better) or ≤ Value.</summary>
/// <param name="Value">The threshold, in the indicator's unit.</param>
/// <param name="Direction">Which side of the threshold counts as met.</param>
public readonly record struct BacktestTarget(double Value, Direction Direction)
{
    internal bool IsMet(double value) => Direction.Meets(value, Value);
}
