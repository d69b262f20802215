using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>How a prior's trend and noise are expressed.</summary>
internal enum TrendForm
{
    /// <summary>Change per year in the indicator's own unit (percentage points for rates, days, counts).</summary>
    Points,

    /// <summary>Change per year in percent of the current level (concentrations, GDP).</summary>
    Percent,
}

/// <summary>
/// A plausible starting level and yearly change for an indicator without real values, plus the size of the
/// year-to-year wobble. Trends are signed: negative means falling. See <see cref="IndicatorPriors"/> for the table.
/// </summary>
/// <param name="Describes">What the prior stands for, e.g. "PM2.5 concentration".</param>
/// <param name="LevelLow">Lowest starting level (first year), in the indicator's unit.</param>
/// <param name="LevelHigh">Highest starting level.</param>
/// <param name="TrendLow">Lowest yearly change (<paramref name="Trend"/> units).</param>
/// <param name="TrendHigh">Highest yearly change.</param>
/// <param name="Trend">Whether the trend and noise are points or percent of the level.</param>
/// <param name="Noise">Standard deviation of the autocorrelated wobble (same units as the trend); 0 for none.</param>
/// <param name="Decimals">Decimals the generated values are rounded to.</param>
internal sealed record IndicatorPrior(
    string Describes,
    double LevelLow,
    double LevelHigh,
    double TrendLow,
    double TrendHigh,
    TrendForm Trend,
    double Noise,
    int Decimals)
{
    /// <summary>Starting-level ranges that depend on the county's terrain (山区, 丘陵区, 平原区), overriding the default.</summary>
    public IReadOnlyDictionary<Terrain, (double Low, double High)>? LevelByTerrain { get; init; }

    /// <summary>Whether series without real values may stall or slip back (see <see cref="IndicatorPriors.LaggardShare"/>); false for GDP.</summary>
    public bool CanLag { get; init; } = true;

    /// <summary>The starting-level range for a county of <paramref name="terrain"/>.</summary>
    public (double Low, double High) Level(Terrain terrain) =>
        LevelByTerrain is { } byTerrain && byTerrain.TryGetValue(terrain, out var range) ? range : (LevelLow, LevelHigh);

    /// <summary>Largest yearly change in absolute value: caps trends extrapolated from real values.</summary>
    public double MaxAbsTrend => Math.Max(Math.Abs(TrendLow), Math.Abs(TrendHigh));

    /// <summary>A yearly change in the unit, at <paramref name="level"/>, for a trend in this prior's form.</summary>
    public double PerYear(double trend, double level) => Trend == TrendForm.Points ? trend : level * trend / 100;
}
