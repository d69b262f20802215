using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// The natural limits (a, b) of a bounded indicator, for example (0, 100) for a percentage.
/// Both limits are exclusive for the logit transform: values at or beyond them are nudged inside
/// (see <see cref="TrendOptions.BoundEpsilon"/>).
/// </summary>
/// <param name="Lower">The lower limit a, in the indicator's unit.</param>
/// <param name="Upper">The upper limit b, in the indicator's unit; must be greater than <paramref name="Lower"/>.</param>
public readonly record struct Bounds(double Lower, double Upper)
{
    /// <summary>The bounds of a percentage, (0, 100).</summary>
    public static Bounds Percent { get; } = new(0, 100);

    /// <summary>The width b − a.</summary>
    public double Width => Upper - Lower;

    internal void Validate(string parameterName)
    {
        if (!double.IsFinite(Lower) || !double.IsFinite(Upper) || !(Upper > Lower))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                $"Bounds must be finite with Lower < Upper; got ({Lower.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Upper.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }
    }
}
