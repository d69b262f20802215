using System.Globalization;
using System.Runtime.CompilerServices;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// The values an indicator can physically take, [Min, Max], either side possibly open (±∞): a concentration or a
/// count is at least 0, a percentage lies in [0, 100]. A fit given a range reports censored values: projections and
/// interval limits outside it are reported at the nearest limit (a PM10 interval [−30, 183] from four points is
/// reported as [0, 183]), and probabilities count the mass beyond a limit as lying at it. The model itself is
/// unchanged, so probabilities of thresholds strictly inside the range are exactly those of the uncensored model.
/// Unlike <see cref="Bounds"/>, a range does not transform the model; it only keeps what is reported possible.
/// </summary>
/// <param name="Min">The smallest possible value; <see cref="double.NegativeInfinity"/> when there is none.</param>
/// <param name="Max">The largest possible value; <see cref="double.PositiveInfinity"/> when there is none.</param>
public readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>No limits: (−∞, +∞).</summary>
    public static ValueRange Unlimited { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>Whether neither side is limited.</summary>
    public bool IsUnlimited => double.IsNegativeInfinity(Min) && double.IsPositiveInfinity(Max);

    /// <summary>The range of an indicator whose catalog gives an optional minimum and maximum; null when it gives neither.</summary>
    /// <param name="min">The minimum, or null.</param>
    /// <param name="max">The maximum, or null.</param>
    public static ValueRange? From(double? min, double? max) =>
        min is null && max is null ? null : new ValueRange(min ?? double.NegativeInfinity, max ?? double.PositiveInfinity);

    /// <summary><paramref name="value"/> moved to the nearest limit when it lies outside the range (NaN stays NaN).</summary>
    /// <param name="value">A value on the indicator's scale.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Clamp(double value) => value < Min ? Min : value > Max ? Max : value;

    /// <summary>The range shared by this one and <paramref name="bounds"/> (a fit's range when both are given).</summary>
    /// <param name="bounds">Bounds of a logit transform.</param>
    public ValueRange Intersect(Bounds bounds) => new(Math.Max(Min, bounds.Lower), Math.Min(Max, bounds.Upper));

    /// <summary>"≥ 0", "≤ 100", "0–100", or "unlimited", for messages.</summary>
    public override string ToString() =>
        (double.IsNegativeInfinity(Min), double.IsPositiveInfinity(Max)) switch
        {
            (true, true) => "unlimited",
            (false, true) => string.Create(CultureInfo.InvariantCulture, $"≥ {Min:G6}"),
            (true, false) => string.Create(CultureInfo.InvariantCulture, $"≤ {Max:G6}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Min:G6}–{Max:G6}"),
        };

    internal void Validate(string parameterName)
    {
        if (double.IsNaN(Min) || double.IsNaN(Max) || double.IsPositiveInfinity(Min) || double.IsNegativeInfinity(Max) || !(Max >= Min))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                string.Create(CultureInfo.InvariantCulture, $"A value range needs Min ≤ Max, Min < +∞ and Max > −∞; got ({Min}, {Max})."));
        }
    }
}
