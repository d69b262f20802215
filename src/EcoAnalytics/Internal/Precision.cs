using System.Globalization;

namespace EcoAnalytics.Internal;

/// <summary>
/// Derived numbers rounded to the precision of the data they come from (issue 12): a difference to the decimals its
/// two operands were given with, a slope to <see cref="SlopeExtraDecimals"/> more decimals than its points, anything
/// else to <see cref="SignificantDigits"/> significant digits. Observed values are never rounded: they are written as
/// given. What goes away is binary-arithmetic noise (86.7 − 88.1 = -1.4000000000000057, an OLS slope of
/// 0.339999999999994), never a digit the data had.
/// </summary>
internal static class Precision
{
    /// <summary>The most decimals <see cref="Math.Round(double, int)"/> can keep.</summary>
    public const int MaxDecimals = 15;

    /// <summary>Decimals a slope keeps beyond those of its points (a change per year of values given to 0.1 → 0.0001).</summary>
    public const int SlopeExtraDecimals = 3;

    /// <summary>Significant digits of a derived number whose data precision is not known.</summary>
    public const int SignificantDigits = 12;

    /// <summary>The fewest decimals that give back exactly this double (86.23 → 2, 100 → 0); <see cref="MaxDecimals"/> for noise like 0.30000000000000004.</summary>
    /// <param name="value">The value.</param>
    public static int Decimals(double value)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }

        for (var k = 0; k < MaxDecimals; k++)
        {
            if (Math.Round(value, k) == value)
            {
                return k;
            }
        }

        return MaxDecimals;
    }

    /// <summary>A difference of two given numbers (a gap = value − threshold), to the decimals of the more precise one.</summary>
    /// <param name="difference">The computed difference (NaN passes through).</param>
    /// <param name="a">One operand, as given.</param>
    /// <param name="b">The other operand, as given.</param>
    public static double Difference(double difference, double a, double b) => Round(difference, Math.Max(Decimals(a), Decimals(b)));

    /// <summary>A slope (change per year) of points given to <paramref name="dataDecimals"/> decimals.</summary>
    /// <param name="slope">The computed slope (NaN passes through).</param>
    /// <param name="dataDecimals">The most decimals among the points.</param>
    public static double Slope(double slope, int dataDecimals) => Round(slope, dataDecimals + SlopeExtraDecimals);

    /// <summary>Rounded to <paramref name="decimals"/> (clamped to 0–<see cref="MaxDecimals"/>); NaN and infinities unchanged.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals to keep.</param>
    public static double Round(double value, int decimals) =>
        double.IsFinite(value) ? Math.Round(value, Math.Clamp(decimals, 0, MaxDecimals), MidpointRounding.AwayFromZero) : value;

    /// <summary>A derived number of unknown data precision, to <see cref="SignificantDigits"/> significant digits.</summary>
    /// <param name="value">The value (NaN, infinities and 0 unchanged).</param>
    public static double Significant(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        var decimals = SignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return decimals switch
        {
            < 0 => value,
            <= MaxDecimals => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
            _ => double.Parse(value.ToString("G" + SignificantDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };
    }

    /// <summary><see cref="Significant(double)"/> of a value that may be absent.</summary>
    /// <param name="value">The value.</param>
    public static double? Significant(double? value) => value is { } v ? Significant(v) : null;
}
