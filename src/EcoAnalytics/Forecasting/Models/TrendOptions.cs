using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Settings for <c>Trend.Fit</c>. Every property has a sensible default; invalid values throw
/// <see cref="ArgumentOutOfRangeException"/> when set, so a constructed instance is always valid.
/// </summary>
public sealed record TrendOptions
{
    private readonly Bounds? _bounds;
    private readonly ValueRange? _valueRange;
    private readonly ValueRange _effectiveRange = Distributions.ValueRange.Unlimited;
    private readonly double _boundEpsilon = 0.001;
    private readonly double? _dampingFactor;
    private readonly int _autoSelectionMinPoints = 40;

    /// <summary>The default options.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>
    /// Natural limits of the indicator. Required meaning for <see cref="TrendModel.Logit"/> (defaults to
    /// <see cref="Bounds.Percent"/> when null). When set, <see cref="TrendModel.Theta"/> runs on the logit scale and
    /// <see cref="TrendModel.Auto"/> chooses Theta on the logit scale for short series (4 points up to
    /// <see cref="AutoSelectionMinPoints"/>), otherwise Logit; projections then never leave the bounds.
    /// </summary>
    public Bounds? Bounds
    {
        get => _bounds;
        init
        {
            value?.Validate(nameof(Bounds));
            _effectiveRange = Effective(_valueRange, value);
            _bounds = value;
        }
    }

    /// <summary>
    /// The values the indicator can physically take, for example ≥ 0 for a concentration. Projections and interval
    /// limits outside it are reported at the nearest limit (see <see cref="Distributions.ValueRange"/>); the model is
    /// unchanged. Null (default): the <see cref="Bounds"/> when set, otherwise unlimited. When both are set, the fit
    /// uses their intersection.
    /// </summary>
    public ValueRange? ValueRange
    {
        get => _valueRange;
        init
        {
            value?.Validate(nameof(ValueRange));
            _effectiveRange = Effective(value, _bounds);
            _valueRange = value;
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

    /// <summary>How <see cref="TrendModel.Theta"/> estimates α. Default <see cref="ThetaVariant.HyndmanBillah"/>.</summary>
    public ThetaVariant ThetaVariant { get; init; } = ThetaVariant.HyndmanBillah;

    /// <summary>
    /// Below this many points <see cref="TrendModel.Auto"/> uses Theta instead of AICc selection. Default 40: on the
    /// real-series calibration corpus (tests/EcoAnalytics.Tests/Forecasting/Calibration) AICc selection among Linear,
    /// LogLinear, Damped and Theta was less accurate than Theta alone for 10–29 training points (mean absolute scaled
    /// error 2.32 vs 1.51 with 10–13 points, 1.82 vs 1.63 with 16–19, 1.53 vs 1.42 with 26–29) and its 80 % intervals
    /// covered less (63 % vs 77 % with 10–13 points); at 36–39 points the two were level. At least 3.
    /// </summary>
    public int AutoSelectionMinPoints
    {
        get => _autoSelectionMinPoints;
        init => _autoSelectionMinPoints = value >= 3
            ? value
            : throw new ArgumentOutOfRangeException(nameof(AutoSelectionMinPoints), value, "AutoSelectionMinPoints must be at least 3.");
    }

    /// <summary>The range a fit reports within: <see cref="ValueRange"/> intersected with <see cref="Bounds"/> (kept, not recomputed per fit).</summary>
    internal ValueRange EffectiveRange => _effectiveRange;

    // The intersection of the two; throws when they do not overlap.
    private static ValueRange Effective(ValueRange? range, Bounds? bounds)
    {
        var effective = (range, bounds) switch
        {
            ({ } r, { } b) => r.Intersect(b),
            ({ } r, null) => r,
            (null, { } b) => new ValueRange(b.Lower, b.Upper),
            _ => Distributions.ValueRange.Unlimited,
        };
        return effective.Max >= effective.Min
            ? effective
            : throw new ArgumentOutOfRangeException(
                nameof(ValueRange),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ValueRange {range} and Bounds ({bounds?.Lower}, {bounds?.Upper}) do not overlap."));
    }
}
