using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Tests.Forecasting.Distributions;

public class PredictiveDistributionTests
{
    public static TheoryData<PredictiveDistribution> Continuous() =>
    [
        new(DistributionFamily.Normal, 10, 2, double.PositiveInfinity, ValueTransform.Identity, default),
        new(DistributionFamily.StudentT, 10, 2, 3, ValueTransform.Identity, default),
        new(DistributionFamily.StudentT, Math.Log(40), 0.1, 5, ValueTransform.Log, default),
        new(DistributionFamily.StudentT, 0.5, 0.3, 4, ValueTransform.Logit, ValueRange.Percent),
    ];

    [Theory]
    [MemberData(nameof(Continuous))]
    public void Quantile_InvertsCdf(PredictiveDistribution d)
    {
        foreach (var p in new[] { 0.01, 0.1, 0.5, 0.8, 0.975 })
        {
            Assert.Equal(p, d.Cdf(d.Quantile(p)), 9);
        }
    }

    [Theory]
    [MemberData(nameof(Continuous))]
    public void ProbabilityAtLeastAndAtMost_SumToOne(PredictiveDistribution d)
    {
        Assert.Equal(1, d.ProbabilityAtLeast(d.Quantile(0.3)) + d.ProbabilityAtMost(d.Quantile(0.3)), 12);
        Assert.Equal(0.5, d.ProbabilityAtLeast(d.Median), 12);
    }

    [Fact]
    public void Probability_ThresholdsOutsideSupport_ZeroOrOne()
    {
        var logit = new PredictiveDistribution(DistributionFamily.Normal, 2, 1, double.PositiveInfinity, ValueTransform.Logit, ValueRange.Percent);
        var log = new PredictiveDistribution(DistributionFamily.Normal, 2, 1, double.PositiveInfinity, ValueTransform.Log, default);

        Assert.Equal(0, logit.ProbabilityAtLeast(100));
        Assert.Equal(1, logit.ProbabilityAtLeast(0));
        Assert.Equal(1, logit.ProbabilityAtMost(150));
        Assert.Equal(1, log.ProbabilityAtLeast(-5));
        Assert.Equal(0, log.ProbabilityAtMost(0));
    }

    [Fact]
    public void PointMass_StepProbabilities()
    {
        var d = new PredictiveDistribution(DistributionFamily.PointMass, 40, 0, double.PositiveInfinity, ValueTransform.Identity, default);

        Assert.Equal(1, d.ProbabilityAtLeast(40));
        Assert.Equal(1, d.ProbabilityAtMost(40));
        Assert.Equal(0, d.ProbabilityAtLeast(40.0001));
        Assert.Equal(40, d.Quantile(0.01));
        Assert.Equal(1, d.ProbabilityMeets(39, Direction.HigherIsBetter));
        Assert.Equal(0, d.ProbabilityMeets(39, Direction.LowerIsBetter));
    }

    [Fact]
    public void Probability_NaNThreshold_Throws()
    {
        var d = new PredictiveDistribution(DistributionFamily.Normal, 0, 1, double.PositiveInfinity, ValueTransform.Identity, default);

        Assert.Throws<ArgumentOutOfRangeException>(() => d.ProbabilityAtLeast(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Quantile(1));
    }

    [Fact]
    public void Quantile_ManyDistinctProbabilities_CacheStaysBoundedAndValuesExact()
    {
        // Inverse-CDF sampling asks for a new probability every time: the quantile cache must not grow without bound.
        var d = new PredictiveDistribution(DistributionFamily.StudentT, 10, 2, 3.5, ValueTransform.Identity, default);
        var random = new Random(7);

        for (var i = 0; i < 3 * StandardQuantiles.MaxEntries; i++)
        {
            var p = 0.001 + (0.998 * random.NextDouble());
            Assert.Equal(10 + (2 * MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 3.5, p)), d.Quantile(p), 9);
        }

        Assert.InRange(StandardQuantiles.Count, 1, StandardQuantiles.MaxEntries);
    }
}
