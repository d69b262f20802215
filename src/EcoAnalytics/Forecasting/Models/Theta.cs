using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// The Theta method as SES with drift (Hyndman &amp; Billah 2003): ŷ(n+h) = m_n + h·b/2, where b is the OLS slope,
/// m_t = m_{t−1} + b/2 + α·e_t and e_t are the one-step errors. This equals 0.5·(OLS line) + 0.5·SES(theta-line 2).
/// Predictive distribution: ŷ + s·√(1 + α²(h − 1))·T, with s² = Σe_t²/(n − 3) and T Student-t with n − 3 degrees of
/// freedom, because three quantities are estimated from the series (ℓ0, α and b): the small-sample correction of the
/// OLS prediction interval applied to the state-space variance. Years at or before <see cref="OriginYear"/> return the
/// end-of-sample level <see cref="Level"/> with the one-step spread.
/// </summary>
/// <param name="Alpha">Smoothing parameter α in [0.0001, 0.9999].</param>
/// <param name="Drift">b/2, the drift per year (half the OLS slope).</param>
/// <param name="Level">m_n, the level in <see cref="OriginYear"/>.</param>
/// <param name="OriginYear">The last observed year n.</param>
/// <param name="Sigma">s, the one-step error scale: √(Σe_t²/(n − 3)) when estimated.</param>
/// <param name="Variant">How α was estimated.</param>
/// <param name="DegreesOfFreedom">ν of the Student-t predictive distribution (n − 3 when estimated); +∞ gives a normal one.</param>
/// <param name="Bounds">
/// When set, the method runs on the scaled logit z = ln((y − a)/(b − y)) of a bounded indicator: <see cref="Drift"/>,
/// <see cref="Level"/> and <see cref="Sigma"/> are on that scale and projections and intervals are back-transformed
/// (medians, strictly inside (a, b)), as for <see cref="LogitParameters"/>. Null: the original scale.
/// </param>
public sealed record ThetaParameters(
    double Alpha,
    double Drift,
    double Level,
    int OriginYear,
    double Sigma,
    ThetaVariant Variant,
    double DegreesOfFreedom = double.PositiveInfinity,
    ValueRange? Bounds = null)
    : TrendParameters
{
    /// <inheritdoc/>
    internal override double Spread => Sigma;

    /// <inheritdoc/>
    public override double Project(int year)
    {
        var z = ProjectScale(year);
        return Bounds is { } b ? ScaledLogit.Inverse(z, b) : z;
    }

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year)
    {
        var h = Math.Max(year - OriginYear, 1);
        var scale = Sigma * Math.Sqrt(1 + (Alpha * Alpha * (h - 1)));
        return Bounds is { } b
            ? Spreading(ProjectScale(year), scale, DegreesOfFreedom, ValueTransform.Logit, b)
            : Spreading(ProjectScale(year), scale, DegreesOfFreedom);
    }

    private double ProjectScale(int year) => Level + (Drift * Math.Max(year - OriginYear, 0));

    /// <summary>Fits the Theta method to clean points (n ≥ 4); returns Σe² over the n one-step errors.</summary>
    internal static ThetaParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, ThetaVariant variant, out double sse)
    {
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = points[i].Value;
        }

        return Estimate(points, y, variant, null, out sse);
    }

    /// <summary>
    /// Fits the Theta method to <paramref name="y"/> (the values, or their logits when <paramref name="bounds"/> is set)
    /// at the points' years; returns Σe² over the n one-step errors on that scale.
    /// </summary>
    internal static ThetaParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, ThetaVariant variant, ValueRange? bounds, out double sse)
    {
        var n = points.Length;
        var line = LinearParameters.Estimate(points, y, out _);
        var drift = line.Slope / 2;
        double alpha, m0;
        if (variant == ThetaVariant.HyndmanBillah)
        {
            (alpha, var level0) = Ses.Fit(points, y, 0);
            m0 = level0 - drift;
        }
        else
        {
            Span<double> line2 = n <= 256 ? stackalloc double[n] : new double[n];
            for (var i = 0; i < n; i++)
            {
                line2[i] = (2 * y[i]) - line.Project(points[i].Year);
            }

            (alpha, var level0) = Ses.Fit(points, line2, 0);
            m0 = (0.5 * level0) + (0.5 * line.Project(points[0].Year - 1));
        }

        // Run SES with drift on the data itself: m_n and the one-step errors of the combined forecast.
        var m = m0;
        sse = 0;
        var j = 0;
        double magnitude = 0;
        for (var year = points[0].Year; year <= points[^1].Year; year++)
        {
            m += drift;
            if (points[j].Year == year)
            {
                var e = y[j] - m;
                sse += e * e;
                m += alpha * e;
                magnitude = Math.Max(magnitude, Math.Abs(y[j]));
                j++;
            }
        }

        var df = n - ThetaModel.Quantities;
        var sigma = Math.Sqrt(sse / df);
        if (Degeneracy.IsZeroSpread(sigma, magnitude))
        {
            sigma = 0;
            sse = 0;
        }

        return new ThetaParameters(alpha, drift, m, points[^1].Year, sigma, variant, df, bounds);
    }
}

/// <summary>
/// <see cref="TrendModel.Theta"/>: on the original scale, or on the scaled logit of <see cref="TrendOptions.Range"/>
/// when it is bounded (then the likelihood carries the Jacobian). Steps year by year.
/// </summary>
internal sealed class ThetaModel : TrendModelDescriptor
{
    /// <summary>Quantities estimated from the series: ℓ0, α and the OLS slope b.</summary>
    public const int Quantities = 3;

    public static ThetaModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Theta;

    public override bool StepsYearByYear => true;

    public override int EstimatedQuantities(TrendOptions options) => Quantities;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        if (!options.Range.IsBounded)
        {
            return new ModelEstimate(ThetaParameters.Estimate(points, options.ThetaVariant, out var sse), sse, 0, null);
        }

        // A bounded indicator: Theta on the scaled logit, as the Logit model does for the OLS line.
        var bounds = options.Range;
        var n = points.Length;
        Span<double> z = n <= 256 ? stackalloc double[n] : new double[n];
        var logJacobian = ScaledLogit.Transform(points, bounds, options.BoundEpsilon, z, out var nudged);
        var logit = ThetaParameters.Estimate(points, z, options.ThetaVariant, bounds, out var logitSse);
        var note = LogitModel.Note(false, nudged, bounds, options.BoundEpsilon) is { } clamped ? OnLogitScale(bounds) + "; " + clamped : OnLogitScale(bounds);
        return new ModelEstimate(logit, logitSse, logJacobian, note);
    }

    private static string OnLogitScale(ValueRange bounds) => string.Create(
        CultureInfo.InvariantCulture,
        $"on the logit scale of the bounds ({bounds.Min}, {bounds.Max})");
}

/// <summary>
/// How the Theta method estimates its smoothing parameter α and initial level. Both variants forecast with
/// the same model, SES with drift b/2 (Hyndman &amp; Billah 2003), where b is the OLS slope:
/// ŷ(n+h) = m_n + h·b/2, m_t = m_{t−1} + b/2 + α·e_t.
/// </summary>
public enum ThetaVariant
{
    /// <summary>
    /// α and the initial level ℓ0 minimise the one-step SSE of simple exponential smoothing on the data;
    /// the forecast is SES(y) + (b/2)(h − 1 + 1/α − (1 − α)^n/α). This is R <c>forecast::thetaf</c>.
    /// Default, because on short trending series the classic estimate often puts α on its lower bound
    /// (the level then lags the trend by half the sample).
    /// </summary>
    HyndmanBillah,

    /// <summary>
    /// The M4 benchmark code ("Theta.classic"): SES with optimised α and initial level fitted to theta-line 2
    /// (2y − line0), forecast 0.5·line0 + 0.5·SES(line2).
    /// </summary>
    Classic,
}
