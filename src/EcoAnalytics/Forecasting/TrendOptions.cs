namespace EcoAnalytics.Forecasting;

/// <summary>Settings for <c>Trend.Fit</c>. Every property has a sensible default.</summary>
public sealed record TrendOptions
{
    /// <summary>The default options.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>
    /// Natural limits of the indicator. Required meaning for <see cref="TrendModel.Logit"/> (defaults to
    /// <see cref="Bounds.Percent"/> when null); when set, <see cref="TrendModel.Auto"/> chooses Logit.
    /// </summary>
    public Bounds? Bounds { get; init; }

    /// <summary>
    /// Logit nudge ε as a fraction of the width b − a: values at or beyond a bound (or within ε(b − a) of it)
    /// are clamped to [a + ε(b − a), b − ε(b − a)] before the transform. Default 0.001 (0.1 point on a 0–100 scale).
    /// Must be in (0, 0.5).
    /// </summary>
    public double BoundEpsilon { get; init; } = 0.001;

    /// <summary>
    /// Damping factor φ for <see cref="TrendModel.Damped"/>. Null (default) estimates φ in [0.8, 0.98];
    /// a value fixes it (must be in (0, 1]).
    /// </summary>
    public double? DampingFactor { get; init; }

    /// <summary>How <see cref="TrendModel.Theta"/> estimates α. Default <see cref="ThetaVariant.HyndmanBillah"/>.</summary>
    public ThetaVariant ThetaVariant { get; init; } = ThetaVariant.HyndmanBillah;

    /// <summary>
    /// Below this many points <see cref="TrendModel.Auto"/> uses Theta instead of AICc selection. Default 10:
    /// with fewer points AICc is undefined for the damped model (n ≤ k + 1) and selection noise dominates.
    /// </summary>
    public int AutoSelectionMinPoints { get; init; } = 10;

    internal void Validate()
    {
        Bounds?.Validate(nameof(Bounds));
        if (!(BoundEpsilon > 0 && BoundEpsilon < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(BoundEpsilon), BoundEpsilon, "BoundEpsilon must be in (0, 0.5).");
        }

        if (DampingFactor is { } phi && !(phi > 0 && phi <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(DampingFactor), phi, "DampingFactor must be in (0, 1].");
        }

        if (AutoSelectionMinPoints < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(AutoSelectionMinPoints), AutoSelectionMinPoints, "AutoSelectionMinPoints must be at least 3.");
        }
    }
}
