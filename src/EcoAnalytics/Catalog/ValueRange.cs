using System.Globalization;

namespace EcoAnalytics.Catalog;

/// <summary>
/// The values an indicator can physically take, [Min, Max], either side possibly open (±∞): a concentration or a
/// count is at least 0, a percentage lies in [0, 100]. Forecasts report within it: projections and interval limits
/// outside it are reported at the nearest limit (a PM10 interval [−30, 183] from four points is reported as
/// [0, 183]) and probabilities count the mass beyond a limit as lying at it. When both ends are finite
/// (<see cref="IsBounded"/>) the trend models that can, work on the scaled logit of (Min, Max), so their
/// projections stay strictly inside.
/// </summary>
/// <param name="Min">The smallest possible value; <see cref="double.NegativeInfinity"/> when there is none.</param>
/// <param name="Max">The largest possible value; <see cref="double.PositiveInfinity"/> when there is none.</param>
public readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>No limits: (−∞, +∞).</summary>
    public static ValueRange Unlimited { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>The range of a percentage, [0, 100].</summary>
    public static ValueRange Percent { get; } = new(0, 100);

    /// <summary>Whether neither side is limited.</summary>
    public bool IsUnlimited => double.IsNegativeInfinity(Min) && double.IsPositiveInfinity(Max);

    /// <summary>Whether both ends are finite and Max &gt; Min: the logit scale ln((y − Min)/(Max − y)) applies.</summary>
    public bool IsBounded => double.IsFinite(Min) && double.IsFinite(Max) && Max > Min;

    /// <summary>Max − Min, in the indicator's unit (+∞ unless <see cref="IsBounded"/>).</summary>
    public double Width => Max - Min;

    /// <summary>The range of an indicator whose catalog gives an optional minimum and maximum (a missing one is open).</summary>
    /// <param name="min">The minimum, or null.</param>
    /// <param name="max">The maximum, or null.</param>
    public static ValueRange From(double? min, double? max) => new(min ?? double.NegativeInfinity, max ?? double.PositiveInfinity);

    /// <summary><paramref name="value"/> moved to the nearest limit when it lies outside the range (NaN stays NaN).</summary>
    /// <param name="value">A value on the indicator's scale.</param>
    public double Clamp(double value) => value < Min ? Min : value > Max ? Max : value;

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
