using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>Settings shared by the progress methods. Every property has the monitors' default.</summary>
public sealed record ProgressOptions
{
    /// <summary>The defaults.</summary>
    public static ProgressOptions Default { get; } = new();

    /// <summary>
    /// The base year t0 (the monitors use 2015). The first observation in or after it is the base ("if the base year
    /// is missing, use the first later year"). Null (default): the first observation.
    /// </summary>
    public int? BaseYear { get; init; }

    /// <summary>Replacement for a zero base value or zero target in growth-rate methods (StatCan: 0.001).</summary>
    public double ZeroReplacement { get; init; } = 0.001;

    /// <summary>
    /// StatCan's limit scaling factor C in (0, 1] for no-target thresholds above 0 (published only as an image;
    /// supply it per indicator). Default 1 (no scaling).
    /// </summary>
    public double LimitScaling { get; init; } = 1;

    /// <summary>
    /// The values the indicator can take; when both ends are finite, the no-target methods treat a base value at the
    /// limit with CAGR ≥ 0 as "On track" (score 5). Default unlimited.
    /// </summary>
    public ValueRange Range { get; init; } = ValueRange.Unlimited;

    internal void Validate()
    {
        if (!(ZeroReplacement > 0) || !double.IsFinite(ZeroReplacement))
        {
            throw new ArgumentOutOfRangeException(nameof(ZeroReplacement), ZeroReplacement, "ZeroReplacement must be positive and finite.");
        }

        if (!(LimitScaling > 0 && LimitScaling <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LimitScaling), LimitScaling, "LimitScaling (C) must be in (0, 1].");
        }

        Range.Validate(nameof(Range));
    }
}
