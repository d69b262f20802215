using EcoAnalytics.Catalog;

namespace EcoAnalytics.Tests.Catalog;

public sealed class DirectionsTests
{
    [Theory]
    [InlineData(Direction.HigherIsBetter, 44.0, 44.0, true)]
    [InlineData(Direction.HigherIsBetter, 43.9, 44.0, false)]
    [InlineData(Direction.LowerIsBetter, 35.0, 35.0, true)]
    [InlineData(Direction.LowerIsBetter, 35.1, 35.0, false)]
    public void Meets_TargetIsInclusiveFloorOrCeiling(Direction direction, double value, double target, bool expected) =>
        Assert.Equal(expected, direction.Meets(value, target));

    [Fact]
    public void Meets_NaN_NeverMeets()
    {
        Assert.False(Direction.HigherIsBetter.Meets(double.NaN, 0));
        Assert.False(Direction.LowerIsBetter.Meets(double.NaN, 100));
    }
}
