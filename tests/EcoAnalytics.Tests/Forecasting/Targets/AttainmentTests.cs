using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Tests.Forecasting.Targets;

public class AttainmentTests
{
    private static readonly AttainmentOptions Linear = new() { Model = TrendModel.Linear };

    [Fact]
    public void Assess_FixtureTarget60By2025_ProjectedWithStudentTProbability()
    {
        var result = Attainment.Assess(Some.Fixture, new Target(60, 2025, Direction.HigherIsBetter), Linear);

        Assert.Equal(AttainmentOutcome.Projected, result.Outcome);
        var at = Assert.NotNull(result.AtDeadline);
        Assert.Equal(63.30, Some.Round(at.Median, 2));
        Assert.Equal(60.81, Some.Round(at.Lower, 2));
        Assert.Equal(65.79, Some.Round(at.Upper, 2));
        var expected = 1 - StudentT.CDF(0, 1, 3, (60 - 63.3) / 0.781024967590665);
        Assert.Equal(expected, result.ProbabilityMet!.Value, 10);
        Assert.True(result.MetAtDeadline);
        Assert.Equal(2023, result.FirstYearMet);
        Assert.Equal(0.8, result.RequiredAnnualChange!.Value, 12);
        Assert.Equal(1.5, result.ObservedAnnualChange!.Value, 12);
        Assert.Equal(1.875, result.PaceRatio!.Value, 12);
        Assert.Contains("meets it from 2023", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LowerIsBetterPm25_ProbabilityOfStayingBelow()
    {
        var result = Attainment.Assess(Some.HenanPm25, new Target(35, 2030, Direction.LowerIsBetter));

        Assert.Equal(AttainmentOutcome.Projected, result.Outcome);
        Assert.Equal(TrendModel.Theta, result.Fit!.Model);
        Assert.InRange(result.ProbabilityMet!.Value, 0.5, 1);
        Assert.True(result.RequiredAnnualChange < 0);
        Assert.True(result.ObservedAnnualChange < 0);
        Assert.NotNull(result.FirstYearMet);
    }

    [Fact]
    public void Assess_LatestAlreadyMeets_AlreadyMetWithProjection()
    {
        var result = Attainment.Assess(Some.Fixture, new Target(44, 2023, Direction.HigherIsBetter), Linear);

        Assert.Equal(AttainmentOutcome.AlreadyMet, result.Outcome);
        Assert.Equal(2020, result.FirstYearMet);
        Assert.True(result.ProbabilityMet > 0.999);
        Assert.StartsWith("The latest value 56 (2020) already meets the target", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_DeadlinePassedWithObservation_JudgedOnObservedValue()
    {
        var result = Attainment.Assess(Some.Fixture, new Target(55, 2019, Direction.HigherIsBetter));

        Assert.Equal(AttainmentOutcome.DeadlinePassed, result.Outcome);
        Assert.False(result.MetAtDeadline);
        Assert.Equal(0, result.ProbabilityMet);
        Assert.Null(result.RequiredAnnualChange);
        Assert.Contains("observed value 54 does not meet", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_DeadlinePassedInGap_InterpolatesAndSaysSo()
    {
        var result = Attainment.Assess([(2016, 50.0), (2018, 54), (2020, 56)], new Target(52, 2017, Direction.HigherIsBetter));

        Assert.Equal(AttainmentOutcome.DeadlinePassed, result.Outcome);
        Assert.True(result.MetAtDeadline);
        Assert.Null(result.ProbabilityMet);
        Assert.Contains("interpolated 52 between 2016 and 2018", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_DeadlineBeforeFirstObservation_CannotJudge()
    {
        var result = Attainment.Assess(Some.Fixture, new Target(52, 2010, Direction.HigherIsBetter));

        Assert.Equal(AttainmentOutcome.DeadlinePassed, result.Outcome);
        Assert.Null(result.MetAtDeadline);
        Assert.Contains("cannot judge", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TwoPoints_NoProjectionButPace()
    {
        var result = Attainment.Assess([(2015, 50.0), (2020, 55)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Equal(AttainmentOutcome.NoProjection, result.Outcome);
        Assert.Equal(TrendOutcome.NoData, result.Fit!.Outcome);
        Assert.Null(result.ProbabilityMet);
        Assert.Equal(1.0, result.ObservedAnnualChange!.Value, 12);
        Assert.Equal(1.0, result.RequiredAnnualChange!.Value, 12);
        Assert.Contains("at least 3", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_InputRepaired_MessageSaysSo()
    {
        var result = Attainment.Assess(Some.Fixture.Append((2019, double.NaN)), new Target(60, 2025, Direction.HigherIsBetter), Linear);

        Assert.Equal(63.30, Some.Round(result.AtDeadline!.Value.Median, 2));
        Assert.EndsWith("Input: dropped 1 NaN or infinite value(s).", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NoUsablePoints_NoData()
    {
        var result = Attainment.Assess([(2019, double.NaN)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Equal(AttainmentOutcome.NoData, result.Outcome);
        Assert.Equal(2045, result.HorizonYear);
    }

    [Fact]
    public void Assess_FlatSeries_NotWithinHorizon()
    {
        var result = Attainment.Assess(
            [(2016, 30.0), (2017, 30.2), (2018, 29.9), (2019, 30.1), (2020, 30.0)],
            new Target(44, 2023, Direction.HigherIsBetter),
            Linear);

        Assert.Equal(AttainmentOutcome.Projected, result.Outcome);
        Assert.Null(result.FirstYearMet);
        Assert.Equal(2043, result.HorizonYear);
        Assert.True(result.ProbabilityMet < 1e-3);
        Assert.Contains("does not meet it by 2043", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TargetWithBounds_ThetaOnLogitScaleStaysInside()
    {
        var result = Attainment.Assess(Some.Fixture, new Target(95, 2040, Direction.HigherIsBetter, ValueRange.Percent));

        Assert.Equal(TrendModel.Theta, result.Fit!.Model);
        Assert.Equal(ValueRange.Percent, Assert.IsType<ThetaParameters>(result.Fit.Parameters).Bounds);
        Assert.True(result.AtDeadline!.Value.Upper < 100);
        Assert.True(result.AtDeadline!.Value.Lower > 0);
    }

    [Fact]
    public void Assess_ConstantSeries_ProbabilityZeroOrOne()
    {
        (int, double)[] constant = [(2018, 40.0), (2019, 40), (2020, 40), (2021, 40)];

        var below = Attainment.Assess(constant, new Target(44, 2025, Direction.HigherIsBetter));
        var above = Attainment.Assess(constant, new Target(44, 2025, Direction.LowerIsBetter));

        Assert.Equal(0, below.ProbabilityMet);
        Assert.Equal(AttainmentOutcome.AlreadyMet, above.Outcome);
        Assert.Equal(1, above.ProbabilityMet);
        Assert.Contains("zero residual variance", below.Message, StringComparison.Ordinal);
    }
}
