using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Models;

public class ThetaParametersTests
{
    [Fact]
    public void Estimate_HyndmanBillah_EqualsThetafFormula()
    {
        // thetaf: SES(y) with (α, ℓ0) fitted to y, plus (b/2)(h − 1 + 1/α − (1 − α)^n/α).
        var points = Some.HenanPm10;
        var y = points.Select(p => p.Value).ToArray();
        var (alpha, level0) = Ses.Fit(points, y, 0);
        var level = level0;
        foreach (var v in y)
        {
            level += alpha * (v - level);
        }

        var b = Assert.IsType<LinearParameters>(Trend.Fit(points, TrendModel.Linear).Parameters).Slope;
        var fit = Trend.Fit(points, TrendModel.Theta);

        for (var h = 1; h <= 6; h++)
        {
            var thetaf = level + (b / 2 * (h - 1 + (1 / alpha) - (Math.Pow(1 - alpha, y.Length) / alpha)));
            Assert.Equal(thetaf, fit.Project(2023 + h), 9);
        }
    }

    [Fact]
    public void Estimate_Classic_EqualsHalfLinePlusHalfSesOfThetaLine()
    {
        var points = Some.HenanPm25;
        var line = Assert.IsType<LinearParameters>(Trend.Fit(points, TrendModel.Linear).Parameters);
        var thetaLine = points.Select(p => (2 * p.Value) - line.Project(p.Year)).ToArray();
        var (alpha, level0) = Ses.Fit(points, thetaLine, 0);
        var level = level0;
        foreach (var v in thetaLine)
        {
            level += alpha * (v - level);
        }

        var fit = Trend.Fit(points, TrendModel.Theta, new TrendOptions { ThetaVariant = ThetaVariant.Classic });

        var p = Assert.IsType<ThetaParameters>(fit.Parameters);
        Assert.Equal(alpha, p.Alpha);
        Assert.Equal(ThetaVariant.Classic, p.Variant);
        for (var year = 2024; year <= 2030; year++)
        {
            Assert.Equal((0.5 * line.Project(year)) + (0.5 * level), fit.Project(year), 9);
        }
    }

    [Fact]
    public void Distribution_SesWithDriftVariance()
    {
        var p = new ThetaParameters(Alpha: 0.6, Drift: -2, Level: 45, OriginYear: 2023, Sigma: 3, Variant: ThetaVariant.HyndmanBillah);

        Assert.Equal(45 - 6, p.Project(2026), 12);
        Assert.Equal(3 * Math.Sqrt(1 + (0.36 * 2)), p.Distribution(2026).Scale, 12);
        Assert.Equal(DistributionFamily.Normal, p.Distribution(2026).Family);
    }

    [Fact]
    public void Estimate_SmallSampleScaleAndStudentT()
    {
        // s² = Σe²/(n − 3) over the one-step errors of SES with drift b/2, and Student-t on n − 3 degrees of freedom.
        var points = Some.HenanPm10;
        var fit = Trend.Fit(points, TrendModel.Theta);
        var p = Assert.IsType<ThetaParameters>(fit.Parameters);
        var y = points.Select(q => q.Value).ToArray();
        var (alpha, level0) = Ses.Fit(points, y, 0);
        var m = level0 - p.Drift;
        double sse = 0;
        foreach (var v in y)
        {
            m += p.Drift;
            sse += (v - m) * (v - m);
            m += alpha * (v - m);
        }

        Assert.Equal(5, p.DegreesOfFreedom);
        Assert.Equal(Math.Sqrt(sse / 5), p.Sigma, 9);
        var d = fit.Distribution(2026);
        Assert.Equal(DistributionFamily.StudentT, d.Family);
        Assert.Equal(5, d.DegreesOfFreedom);
        Assert.Equal(p.Sigma * Math.Sqrt(1 + (alpha * alpha * 2)), d.Scale, 9);
    }

    [Fact]
    public void Estimate_ThreePoints_NoDataAndSaysWhy()
    {
        var fit = Trend.Fit(Some.HenanPm10.Take(3), TrendModel.Theta);

        Assert.Equal(TrendOutcome.NoData, fit.Outcome);
        Assert.Contains("Theta needs at least 4 points", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_ThreePoints_FallsBackToLinear()
    {
        var fit = Trend.Fit(Some.HenanPm10.Take(3));

        Assert.Equal(TrendModel.Linear, fit.Model);
        Assert.Contains("too few for Theta", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ses_AlphaSearch_FindsGlobalMinimum()
    {
        // PM2.5 2016–2019: the SSE has minima at α → 0 (120.50) and α → 1 (126.75); the search must return the lower.
        var points = Some.HenanPm25.Take(4).ToArray();
        var y = points.Select(p => p.Value).ToArray();

        var (alpha, _) = Ses.Fit(points, y, 0);

        Assert.True(alpha < 0.01);
        Assert.Equal(120.496, Some.Round(Ses.Sse(points, y, 0, alpha, out _), 3));
    }
}
