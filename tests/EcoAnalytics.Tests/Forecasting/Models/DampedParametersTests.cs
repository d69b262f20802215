using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Models;

public class DampedParametersTests
{
    /// <summary>progress-methods.md §11: ℓ = 56, b = 1.5, φ = 0.9 (α, β, σ do not affect the point forecast).</summary>
    private static readonly DampedParameters Vector = new(Alpha: 0.5, Beta: 0.1, Phi: 0.9, Level: 56, Slope: 1.5, OriginYear: 2020, Sigma: 1);

    [Theory]
    [InlineData(2021, 57.35, 2)]
    [InlineData(2025, 61.528, 3)]
    [InlineData(2030, 64.793, 3)]
    public void Project_WorkedVector_Matches(int year, double expected, int digits)
    {
        Assert.Equal(expected, Some.Round(Vector.Project(year), digits));
    }

    [Fact]
    public void Distribution_TwoStepsAhead_ClassOneVariance()
    {
        // σ²[1 + (α + β·φ)²] = 1 + 0.59².
        Assert.Equal(Math.Sqrt(1 + (0.59 * 0.59)), Vector.Distribution(2022).Scale, 12);
        Assert.Equal(1, Vector.Distribution(2021).Scale, 12);
    }

    [Fact]
    public void Project_AtOrBeforeOrigin_EndOfSampleLevel()
    {
        Assert.Equal(56, Vector.Project(2020));
        Assert.Equal(56, Vector.Project(2010));
    }

    [Fact]
    public void Estimate_TrendingSeries_ParametersInsideBounds()
    {
        var fit = Trend.Fit(Some.HenanPm10, TrendModel.Damped);

        var p = Assert.IsType<DampedParameters>(fit.Parameters);
        Assert.InRange(p.Phi, DampedParameters.MinPhi, DampedParameters.MaxPhi);
        Assert.InRange(p.Alpha, 1e-4, 1 - 1e-4);
        Assert.InRange(p.Beta, 0, p.Alpha);
        Assert.True(p.Slope < 0);
        Assert.NotNull(fit.AICc);
    }

    [Fact]
    public void Estimate_FixedPhi_Respected()
    {
        var fit = Trend.Fit(Some.HenanPm10, TrendModel.Damped, new TrendOptions { DampingFactor = 0.9 });

        Assert.Equal(0.9, Assert.IsType<DampedParameters>(fit.Parameters).Phi);
    }

    [Fact]
    public void Estimate_ProjectionFlattens()
    {
        // Damped estimates 5 quantities, so it needs 6 points: the §11 fixture continued for two years.
        var fit = Trend.Fit([.. Some.Fixture, (2021, 57), (2022, 59)], TrendModel.Damped);

        var p = Assert.IsType<DampedParameters>(fit.Parameters);
        Assert.Equal(2, p.DegreesOfFreedom);
        var step1 = fit.Project(2023) - fit.Project(2022);
        var step10 = fit.Project(2032) - fit.Project(2031);
        Assert.True(step10 < step1);
        Assert.Equal(p.Slope * Math.Pow(p.Phi, 10), step10, 9);
    }
}
