using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Targets;

/// <summary>Settings for <see cref="Attainment.Assess"/>.</summary>
public sealed record AttainmentOptions
{
    /// <summary>The defaults: Auto model, 95 % interval, search 20 years past the deadline.</summary>
    public static AttainmentOptions Default { get; } = new();

    /// <summary>The trend model. Default <see cref="TrendModel.Auto"/>.</summary>
    public TrendModel Model { get; init; } = TrendModel.Auto;

    /// <summary>Trend options; null for defaults. When null or without bounds, the target's bounds are used.</summary>
    public TrendOptions? Trend { get; init; }

    /// <summary>Level of the interval reported at the deadline. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>How many years past the deadline to search for the first year the projection meets the target. Default 20.</summary>
    public int SearchYearsAfterDeadline { get; init; } = 20;

    internal void Validate()
    {
        if (!(Level > 0 && Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "Level must be in (0, 1).");
        }

        if (SearchYearsAfterDeadline < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SearchYearsAfterDeadline), SearchYearsAfterDeadline, "Must be zero or more.");
        }
    }
}
