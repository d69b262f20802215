using System.Globalization;
using System.Text;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>
/// Fits the horizon calibration (<see cref="HorizonCalibration"/>) on corpus forecasts: for each fitted model,
/// training-length band and horizon, the pair (c, ν′) whose central intervals at 20, 50, 80, 90 and 95 % cover closest
/// to nominal (least squares over the five levels) — a minimum-distance fit of the probability-integral transform on
/// the model's own scale. ν′ is searched over 1, 2, 3, 4, 5, 7, 10, 15, 30, ∞ and c over the per-level empirical
/// quantiles of |z|/q, z the standardised error, with c non-decreasing and ν′ non-increasing in the horizon (so intervals
/// widen with it). Cells with fewer than 30 forecasts keep the previous horizon's pair (at first (1, ∞)).
/// </summary>
internal static class CalibrationFit
{
    private static readonly double[] FitLevels = [0.2, 0.5, 0.8, 0.9, 0.95];
    private static readonly double[] Caps = [1, 2, 3, 4, 5, 7, 10, 15, 30, double.PositiveInfinity];

    /// <summary>The models the table covers: those Auto can choose, and the simple ones.</summary>
    public static IReadOnlyList<TrendModel> Models { get; } =
        [TrendModel.Linear, TrendModel.LogLinear, TrendModel.Logit, TrendModel.Damped, TrendModel.Theta, TrendModel.Drift, TrendModel.Naive];

    /// <summary>One model's row: band-major, horizon-minor.</summary>
    public static (double Factor, double Cap)[] Fit(IEnumerable<CorpusForecast> forecasts)
    {
        var cells = new List<(double AbsZ, double Df)>[HorizonCalibration.BandStarts.Length * HorizonCalibration.Horizons];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = [];
        }

        foreach (var f in forecasts)
        {
            var d = f.Uncalibrated;
            if (d.Family == DistributionFamily.PointMass || f.Horizon > HorizonCalibration.Horizons)
            {
                continue;
            }

            var z = Math.Abs((d.Forward(f.Actual) - d.Location) / d.Scale);
            if (!double.IsNaN(z))
            {
                cells[(HorizonCalibration.Band(f.TrainPoints) * HorizonCalibration.Horizons) + f.Horizon - 1].Add((z, d.DegreesOfFreedom));
            }
        }

        // Horizon by horizon within a band, c never falls and ν′ never rises, so every quantile widens with the horizon.
        var row = new (double Factor, double Cap)[cells.Length];
        for (var b = 0; b < HorizonCalibration.BandStarts.Length; b++)
        {
            (double Factor, double Cap) previous = (0, double.PositiveInfinity);
            for (var h = 0; h < HorizonCalibration.Horizons; h++)
            {
                var i = (b * HorizonCalibration.Horizons) + h;
                row[i] = previous = FitCell(cells[i], previous.Factor, previous.Cap);
            }
        }

        return row;
    }

    private static (double Factor, double Cap) FitCell(List<(double AbsZ, double Df)> cell, double minFactor, double maxCap)
    {
        if (cell.Count < 30)
        {
            return (Math.Max(1, minFactor), maxCap);
        }

        (double Factor, double Cap, double Loss) best = (Math.Max(1, minFactor), maxCap, double.PositiveInfinity);
        var ratios = new double[cell.Count];
        foreach (var cap in Caps.Where(c => c <= maxCap))
        {
            foreach (var level in FitLevels)
            {
                for (var i = 0; i < cell.Count; i++)
                {
                    ratios[i] = cell[i].AbsZ / StandardQuantiles.Get(Math.Min(cell[i].Df, cap), 0.5 + (level / 2));
                }

                Array.Sort(ratios);
                var c = Math.Round(Math.Max(ratios[Math.Min((int)Math.Ceiling(level * ratios.Length) - 1, ratios.Length - 1)], minFactor), 4);
                if (!double.IsFinite(c) || c <= 0)
                {
                    continue;
                }

                var loss = Loss(cell, c, cap);
                if (loss < best.Loss)
                {
                    best = (c, cap, loss);
                }
            }
        }

        return (best.Factor, best.Cap);
    }

    private static double Loss(List<(double AbsZ, double Df)> cell, double c, double cap)
    {
        double loss = 0;
        foreach (var level in FitLevels)
        {
            var covered = 0;
            foreach (var (absZ, df) in cell)
            {
                covered += absZ <= c * StandardQuantiles.Get(Math.Min(df, cap), 0.5 + (level / 2)) ? 1 : 0;
            }

            var gap = (covered / (double)cell.Count) - level;
            loss += gap * gap;
        }

        return loss;
    }

    /// <summary>The C# source of <c>HorizonCalibrationTable.cs</c> for the fitted rows.</summary>
    public static string Source(IReadOnlyDictionary<TrendModel, (double Factor, double Cap)[]> rows, string provenance)
    {
        var text = new StringBuilder();
        text.AppendLine("namespace EcoAnalytics.Forecasting.Models;").AppendLine();
        text.AppendLine("// Generated by CalibrationFitTests (ECO_UPDATE_CALIBRATION=1); do not edit.");
        text.AppendLine("// " + provenance);
        text.AppendLine("// One row per TrendModel (by its value); entries (c, ν′) band-major (n < 6, 6–9, 10–15, ≥ 16), horizon 1–8.");
        text.AppendLine("internal static partial class HorizonCalibration").AppendLine("{");
        text.AppendLine("    private static readonly (double Factor, double Cap)[]?[] Table =").AppendLine("    [");
        var max = (int)Enum.GetValues<TrendModel>().Max();
        for (var m = 0; m <= max; m++)
        {
            var model = (TrendModel)m;
            if (!rows.TryGetValue(model, out var row))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"        null, // {model}");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"        [ // {model}");
            for (var b = 0; b < HorizonCalibration.BandStarts.Length; b++)
            {
                var entries = row.Skip(b * HorizonCalibration.Horizons).Take(HorizonCalibration.Horizons)
                    .Select(e => string.Create(CultureInfo.InvariantCulture, $"({e.Factor:0.####}, {(double.IsPositiveInfinity(e.Cap) ? "double.PositiveInfinity" : e.Cap.ToString(CultureInfo.InvariantCulture))})"));
                text.AppendLine("            " + string.Join(", ", entries) + ",");
            }

            text.AppendLine("        ],");
        }

        text.AppendLine("    ];").AppendLine("}");
        return text.ToString();
    }
}
