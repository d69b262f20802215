using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// <see cref="IntervalCalibration.ByHorizon"/>: the predictive distribution g(Y) ~ Location + Scale·T_ν becomes
/// Location + c·Scale·T_min(ν, ν′), with (c, ν′) by fitted model, training-length band (n &lt; 6, 6–9, 10–15, ≥ 16) and
/// horizon h = 1–8 (later years use h = 8). The location, and so the central projection, is unchanged; the transform
/// (log, logit) is kept, so bounded indicators stay inside their bounds. The table (<c>HorizonCalibrationTable.cs</c>) is
/// fitted on the calibration part of the real-series corpus by <c>Backtesting.CalibrationFit</c>; models without a
/// row are returned unchanged.
/// </summary>
internal static partial class HorizonCalibration
{
    /// <summary>The longest horizon with its own entry.</summary>
    public const int Horizons = 8;

    /// <summary>The first training length of each band.</summary>
    public static ReadOnlySpan<int> BandStarts => [0, 6, 10, 16];

    /// <summary>The band of a training length.</summary>
    public static int Band(int n) => n >= 16 ? 3 : n >= 10 ? 2 : n >= 6 ? 1 : 0;

    /// <summary>Whether a fit requested as <paramref name="requested"/> with <paramref name="options"/> is calibrated.</summary>
    public static bool AppliesTo(TrendModel requested, TrendOptions options) =>
        options.Calibration == IntervalCalibration.ByHorizon
        || (options.Calibration == IntervalCalibration.Default && requested == TrendModel.Auto);

    /// <summary>The calibrated distribution for horizon <paramref name="h"/> ≥ 1 of a fit of <paramref name="model"/> on n points.</summary>
    public static PredictiveDistribution Apply(in PredictiveDistribution d, TrendModel model, int n, int h)
    {
        if (d.Family == DistributionFamily.PointMass || Entries((int)model) is not { } row)
        {
            return d;
        }

        var (factor, cap) = row[(Band(n) * Horizons) + Math.Min(h, Horizons) - 1];
        return Widen(d, factor, cap);
    }

    /// <summary>Location + factor·Scale·T_min(ν, cap).</summary>
    public static PredictiveDistribution Widen(in PredictiveDistribution d, double factor, double cap)
    {
        var df = Math.Min(d.DegreesOfFreedom, cap);
        return d with
        {
            Family = double.IsPositiveInfinity(df) ? DistributionFamily.Normal : DistributionFamily.StudentT,
            Scale = d.Scale * factor,
            DegreesOfFreedom = df,
        };
    }

    private static (double Factor, double Cap)[]? Entries(int model) => (uint)model < (uint)Table.Length ? Table[model] : null;
}
