using EcoAnalytics.Internal;

namespace EcoAnalytics.Tests.Io;

/// <summary>Issue 12 item 5: derived numbers to the precision of the data, observed values never rounded.</summary>
public sealed class PrecisionTests
{
    [Theory]
    [InlineData(86.23, 2)]
    [InlineData(100.0, 0)]
    [InlineData(0.34, 2)]
    [InlineData(-3.77, 2)]
    [InlineData(292.875, 3)]
    [InlineData(0.30000000000000004, 15)]
    public void Decimals_AreThoseTheValueWasGivenWith(double value, int expected) => Assert.Equal(expected, Precision.Decimals(value));

    [Fact]
    public void Difference_KeepsTheDecimalsOfTheMorePreciseOperand()
    {
        Assert.Equal(-1.4, Precision.Difference(86.7 - 88.1, 86.7, 88.1));
        Assert.NotEqual(-1.4, 86.7 - 88.1); // the noise this removes
        Assert.Equal(-3.77, Precision.Difference(86.23 - 90, 86.23, 90));
        Assert.Equal(14.72, Precision.Difference(292.87 - 278.15, 292.87, 278.15));
        Assert.Equal(0.005, Precision.Difference(0.105 - 0.1, 0.105, 0.1));
        Assert.True(double.IsNaN(Precision.Difference(double.NaN, 1, 2)));
    }

    [Fact]
    public void Slope_KeepsThreeMoreDecimalsThanItsPoints()
    {
        Assert.Equal(0.34, Precision.Slope(0.339999999999994, 2));
        Assert.Equal(0.6285, Precision.Slope(0.628484848484848, 1));
        Assert.Equal(-0.152, Precision.Slope(-0.151515151515152, 0));
    }

    [Fact]
    public void Significant_KeepsTwelveDigitsAtAnyScale()
    {
        Assert.Equal(74.9900069789, Precision.Significant(74.9900069789171));
        Assert.Equal(0.0254616635121, Precision.Significant(0.0254616635121394));
        Assert.Equal(1.23456789012e-20, Precision.Significant(1.234567890123456e-20));
        Assert.Equal(0.0, Precision.Significant(0.0));
        Assert.Null(Precision.Significant((double?)null));
    }
}
