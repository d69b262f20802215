using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Models;

public class TrendModelDescriptorTests
{
    [Theory]
    [InlineData(TrendModel.Linear, 3, 3, false)]
    [InlineData(TrendModel.LogLinear, 3, 3, false)]
    [InlineData(TrendModel.Logit, 3, 3, false)]
    [InlineData(TrendModel.Damped, 6, 6, true)]
    [InlineData(TrendModel.Theta, 4, 4, true)]
    [InlineData(TrendModel.Drift, 3, 0, true)]
    [InlineData(TrendModel.Naive, 3, 0, true)]
    public void Descriptor_CountsDeriveFromTheEstimatedQuantities(TrendModel model, int minPoints, int aiccK, bool stepsYearByYear)
    {
        var d = TrendModelDescriptor.For(model);

        Assert.Equal(model, d.Model);
        Assert.Equal(minPoints, d.MinPointsFor(TrendOptions.Default));
        Assert.Equal(aiccK, d.LikelihoodParameters(TrendOptions.Default));
        Assert.Equal(aiccK > 0, d.AiccComparable);
        Assert.Equal(stepsYearByYear, d.StepsYearByYear);
    }

    [Fact]
    public void Damped_WithFixedPhi_EstimatesOneQuantityLess()
    {
        var d = TrendModelDescriptor.For(TrendModel.Damped);
        var fixedPhi = new TrendOptions { DampingFactor = 0.9 };

        Assert.Equal(5, d.MinPointsFor(fixedPhi));
        Assert.Equal(5, d.LikelihoodParameters(fixedPhi));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendModelDescriptor.For(TrendModel.Auto));
    }

    [Fact]
    public void Sample_SeededDrawsFollowThePredictiveDistribution()
    {
        var fit = Trend.Fit(Some.HenanPm25, TrendModel.Theta, new TrendOptions { Range = ValueRange.Percent });
        var d = TrendModelDescriptor.For(fit.Model);
        var draws = new double[20_000];
        d.Sample(fit.Parameters!, 2030, new Random(20261201), draws);

        var distribution = fit.Distribution(2030);
        Assert.All(draws, v => Assert.InRange(v, 0, 100));
        Assert.Equal(0.5, draws.Count(v => v <= distribution.Median) / (double)draws.Length, 2);
        Assert.Equal(0.9, draws.Count(v => v <= distribution.Quantile(0.9)) / (double)draws.Length, 2);

        var again = new double[draws.Length];
        d.Sample(fit.Parameters!, 2030, new Random(20261201), again);
        Assert.Equal(draws, again);
    }

    [Fact]
    public void Sample_LinearMeanIsTheProjection_PointMassRepeatsIt()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.Linear);
        var draws = new double[20_000];
        TrendModelDescriptor.For(TrendModel.Linear).Sample(fit.Parameters!, 2025, new Random(7), draws);
        Assert.Equal(fit.Project(2025), draws.Average(), 1);

        var exact = Trend.Fit([(2016, 50.0), (2017, 52), (2018, 54)], TrendModel.Linear);
        var point = new double[5];
        TrendModelDescriptor.For(TrendModel.Linear).Sample(exact.Parameters!, 2025, new Random(7), point);
        Assert.All(point, v => Assert.Equal(exact.Project(2025), v, 12));
    }
}
