using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class StatCanScoreTests
{
    [Theory]
    [InlineData(0.95, 2.5)]
    [InlineData(0, -2.5)]
    [InlineData(0.7204, 0.86)]
    [InlineData(-0.6, -5)]
    [InlineData(-3, -5)]
    [InlineData(1.3, 5)]
    [InlineData(9, 5)]
    public void WithTarget_Checks(double ratio, double score)
    {
        Assert.Equal(score, Some.Round(StatCanScore.WithTarget(ratio), 2));
    }

    [Theory]
    [InlineData(0.012, 1.75)]
    [InlineData(0.003, -1.0)]
    [InlineData(-0.01, -3.75)]
    [InlineData(0.019245, 4.6225)]
    [InlineData(-0.05, -5)]
    [InlineData(0.5, 5)]
    public void WithoutTarget_Checks(double cagr, double score)
    {
        Assert.Equal(score, Some.Round(StatCanScore.WithoutTarget(cagr), 4));
    }

    [Fact]
    public void WithTarget_MonotoneAndContinuous()
    {
        var previous = StatCanScore.WithTarget(-1);
        for (var r = -1.0; r <= 2; r += 0.001)
        {
            var s = StatCanScore.WithTarget(r);
            Assert.True(s >= previous - 1e-12 && s - previous < 0.01);
            previous = s;
        }
    }
}
