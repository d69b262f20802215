using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Settings for <c>Trend.Fit</c>. Every property has a sensible default; invalid values throw
/// <see cref="ArgumentOutOfRangeException"/> when set, so a constructed instance is always valid.
/// </summary>
public sealed record TrendOptions
{
    private readonly ValueRange _range = ValueRange.Unlimited;
    private readonly double _boundEpsilon = 0.001;
    private readonly double? _dampingFactor;
    private readonly int _autoSelectionMinPoints = 40;

    /// <summary>The default options.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>
    /// The values the indicator can take, for example ≥ 0 for a concentration or [0, 100] for a percentage. Projections,
    /// interval limits and probabilities are reported within it (values outside at the nearest limit). When both ends are
    /// finite (<see cref="ValueRange.IsBounded"/>), the range also gives the logit bounds: <see cref="TrendModel.Theta"/>
    /// runs on the logit scale and <see cref="TrendModel.Auto"/> chooses Theta on the logit scale for short series (4
    /// points up to <see cref="AutoSelectionMinPoints"/>), otherwise Logit, so projections stay inside. Without such a
    /// range <see cref="TrendModel.Logit"/> assumes (0, 100). Default <see cref="ValueRange.Unlimited"/>.
    /// </summary>
    public ValueRange Range
    {
        get => _range;
        init
        {
            value.Validate(nameof(Range));
            _range = value;
        }
    }

    /// <summary>
    /// Logit nudge ε as a fraction of the width b − a: values at or beyond a bound (or within ε(b − a) of it)
    /// are clamped to [a + ε(b − a), b − ε(b − a)] before the transform. Default 0.001 (0.1 point on a 0–100 scale).
    /// Must be in (0, 0.5).
    /// </summary>
    public double BoundEpsilon
    {
        get => _boundEpsilon;
        init => _boundEpsilon = value > 0 && value < 0.5
            ? value
            : throw new ArgumentOutOfRangeException(nameof(BoundEpsilon), value, "BoundEpsilon must be in (0, 0.5).");
    }

    /// <summary>
    /// Damping factor φ for <see cref="TrendModel.Damped"/>. Null (default) estimates φ in [0.8, 0.98];
    /// a value fixes it (must be in (0, 1]).
    /// </summary>
    public double? DampingFactor
    {
        get => _dampingFactor;
        init => _dampingFactor = value is not { } phi || (phi > 0 && phi <= 1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DampingFactor), value, "DampingFactor must be in (0, 1].");
    }

    /// <summary>
    /// Whether predictive distributions (intervals and probabilities alike) are widened by the horizon calibration
    /// fitted on real annual series. Default <see cref="IntervalCalibration.Default"/>: calibrated for
    /// <see cref="TrendModel.Auto"/>, the model's own distribution when a model is named. See
    /// <see cref="IntervalCalibration.ByHorizon"/>.
    /// </summary>
    public IntervalCalibration Calibration { get; init; } = IntervalCalibration.Default;

    /// <summary>How <see cref="TrendModel.Theta"/> estimates α. Default <see cref="ThetaVariant.HyndmanBillah"/>.</summary>
    public ThetaVariant ThetaVariant { get; init; } = ThetaVariant.HyndmanBillah;

    /// <summary>
    /// Below this many points <see cref="TrendModel.Auto"/> uses Theta instead of AICc selection (why 40: see
    /// tests/EcoAnalytics.Tests/Forecasting/Calibration/README.md). Default 40; at least 3.
    /// </summary>
    public int AutoSelectionMinPoints
    {
        get => _autoSelectionMinPoints;
        init => _autoSelectionMinPoints = value >= 3
            ? value
            : throw new ArgumentOutOfRangeException(nameof(AutoSelectionMinPoints), value, "AutoSelectionMinPoints must be at least 3.");
    }
}
