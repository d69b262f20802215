using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Models;

public class TrendTests
{
    [Fact]
    public void FitLinear_Fixture_MatchesWorkedVector()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.Linear);

        var p = Assert.IsType<LinearParameters>(fit.Parameters);
        Assert.Equal(TrendOutcome.Fitted, fit.Outcome);
        Assert.Equal(1.5, p.Slope, 12);
        Assert.Equal(0.31623, Some.Round(p.ResidualSd, 5));
        Assert.Equal(0.78102, Some.Round(p.PredictionStandardError(2025), 5));
        var interval = fit.Predict(2025, 0.95);
        Assert.Equal(63.30, Some.Round(interval.Median, 2));
        Assert.Equal(60.814, Some.Round(interval.Lower, 3));
        Assert.Equal(65.786, Some.Round(interval.Upper, 3));
        Assert.Equal(3.18245, Some.Round((interval.Upper - interval.Median) / p.PredictionStandardError(2025), 5));
        Assert.Equal(DistributionFamily.StudentT, interval.Distribution.Family);
        Assert.Equal(3, interval.Distribution.DegreesOfFreedom);
    }

    [Fact]
    public void FitLinear_Fixture_AgreesWithMathNetFitLine()
    {
        var (a, b) = MathNet.Numerics.Fit.Line([2016.0, 2017, 2018, 2019, 2020], [50.0, 51, 53, 54, 56]);

        var p = Assert.IsType<LinearParameters>(Trend.Fit(Some.Fixture, TrendModel.Linear).Parameters);

        Assert.Equal(b, p.Slope, 10);
        Assert.Equal(a, p.Intercept, 6);
    }

    [Fact]
    public void FitDrift_Fixture_Projects63Point5()
    {
        Assert.Equal(63.5, Trend.Fit(Some.Fixture, TrendModel.Drift).Project(2025), 12);
    }

    [Fact]
    public void FitLogit_Fixture_MatchesWorkedVector()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.Logit, new TrendOptions { Range = ValueRange.Percent });

        var p = Assert.IsType<LogitParameters>(fit.Parameters);
        Assert.Equal(0.060266, Some.Round(p.LogitScale.Slope, 6));
        Assert.Equal(63.046, Some.Round(fit.Project(2025), 3));
        Assert.Equal(93.36, Some.Round(fit.Project(2060), 2));
        Assert.Equal(115.8, Some.Round(Trend.Fit(Some.Fixture, TrendModel.Linear).Project(2060), 1));
    }

    [Fact]
    public void FitLogit_NoBounds_AssumesPercentAndSaysSo()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.Logit);

        Assert.Equal(ValueRange.Percent, Assert.IsType<LogitParameters>(fit.Parameters).Bounds);
        Assert.Contains("bounds (0, 100) assumed", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitLogit_ValuesAtBounds_NudgedAndStated()
    {
        var fit = Trend.Fit([(2018, 97.0), (2019, 99), (2020, 100), (2021, 100)], TrendModel.Logit);

        var p = Assert.IsType<LogitParameters>(fit.Parameters);
        Assert.Equal(2, p.NudgedPoints);
        Assert.Contains("2 value(s) at or beyond the bounds", fit.Message, StringComparison.Ordinal);
        var near = fit.Predict(2025, 0.99);
        Assert.True(near.Upper < 100 && near.Lower > 0 && near.Median < 100);
        // Far out the logistic saturates to the bound in floating point, but never crosses it.
        var far = fit.Predict(2200, 0.99);
        Assert.True(far.Upper <= 100 && far.Lower >= 0);
    }

    [Fact]
    public void FitLogLinear_Fixture_GrowthRateFromLogSlope()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.LogLinear);

        var p = Assert.IsType<LogLinearParameters>(fit.Parameters);
        Assert.Equal(Math.Exp(p.LogScale.Slope) - 1, p.AnnualGrowthRate, 15);
        Assert.InRange(p.AnnualGrowthRate, 0.028, 0.030);
        var interval = fit.Predict(2025, 0.9);
        Assert.True(interval.Lower < interval.Median && interval.Median < interval.Upper);
        Assert.Equal(fit.Project(2025), interval.Median, 12);
    }

    [Fact]
    public void FitLogLinear_SeriesWithZero_NotApplicable()
    {
        var fit = Trend.Fit([(2018, 3.0), (2019, 0), (2020, 1)], TrendModel.LogLinear);

        Assert.Equal(TrendOutcome.NotApplicable, fit.Outcome);
        Assert.False(fit.Success);
        Assert.Contains("2019 has 0", fit.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => fit.Project(2025));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Fit_FewerThanThreePoints_NoData(int count)
    {
        foreach (var model in Enum.GetValues<TrendModel>())
        {
            var fit = Trend.Fit(Some.Fixture.Take(count), model);

            Assert.Equal(TrendOutcome.NoData, fit.Outcome);
            Assert.Equal(count, fit.N);
            Assert.Contains("at least 3", fit.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fit_NaNAndDuplicates_CleanedAndStated()
    {
        var fit = Trend.Fit([(2020, 56.0), (2016, 50), (2019, double.NaN), (2017, 51), (2018, 52), (2018, 54), (2019, 54)], TrendModel.Linear);

        Assert.Equal(5, fit.N);
        Assert.Equal(1.5, Assert.IsType<LinearParameters>(fit.Parameters).Slope, 12);
        Assert.Contains("dropped 1 NaN", fit.Message, StringComparison.Ordinal);
        Assert.Contains("averaged duplicate year(s) 2018", fit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TrendModel.Linear)]
    [InlineData(TrendModel.LogLinear)]
    [InlineData(TrendModel.Logit)]
    [InlineData(TrendModel.Damped)]
    [InlineData(TrendModel.Theta)]
    [InlineData(TrendModel.Drift)]
    [InlineData(TrendModel.Naive)]
    [InlineData(TrendModel.Auto)]
    public void Fit_ConstantSeries_DegenerateWithZeroOneProbabilities(TrendModel model)
    {
        var fit = Trend.Fit([(2014, 40.0), (2015, 40), (2016, 40), (2017, 40), (2018, 40), (2019, 40)], model);

        Assert.Equal(TrendOutcome.Degenerate, fit.Outcome);
        Assert.Contains("zero residual variance", fit.Message, StringComparison.Ordinal);
        var interval = fit.Predict(2025, 0.95);
        Assert.Equal(40, interval.Median, 9);
        Assert.Equal(interval.Lower, interval.Upper);
        Assert.Equal(1.0, fit.ProbabilityAtLeast(2025, 39.9));
        Assert.Equal(0.0, fit.ProbabilityAtLeast(2025, 40.1));
        Assert.Equal(1.0, fit.ProbabilityAtMost(2025, 40.1));
    }

    [Theory]
    [InlineData(TrendModel.Linear)]
    [InlineData(TrendModel.Damped)]
    [InlineData(TrendModel.Theta)]
    [InlineData(TrendModel.Drift)]
    [InlineData(TrendModel.Naive)]
    public void Fit_GapsBetweenYears_UsesCalendarYears(TrendModel model)
    {
        // 2018 and 2019 missing: a clean line of slope 2/yr with noise.
        (int, double)[] points = [(2014, 30.1), (2015, 31.9), (2016, 34.2), (2017, 35.8), (2020, 42.1), (2021, 43.9)];

        var fit = Trend.Fit(points, model);

        Assert.True(fit.Success, fit.Message);
        var next = fit.Predict(2022, 0.8);
        Assert.True(double.IsFinite(next.Median) && next.Lower <= next.Median && next.Median <= next.Upper);
        if (model is not TrendModel.Naive)
        {
            Assert.InRange(next.Median, 44.5, 47);
        }
    }

    [Theory]
    [InlineData(TrendModel.Linear)]
    [InlineData(TrendModel.LogLinear)]
    [InlineData(TrendModel.Logit)]
    [InlineData(TrendModel.Damped)]
    [InlineData(TrendModel.Theta)]
    [InlineData(TrendModel.Auto)]
    public void Fit_Outlier_FiniteResultsAndWiderIntervals(TrendModel model)
    {
        // A transcription error (5.4 → 56) in a 7-point coverage series: no crash, everything finite;
        // the least-squares models are pulled by it and their intervals widen (documented, not robust).
        (int, double)[] clean = [(2014, 4.7), (2015, 4.9), (2016, 5.0), (2017, 5.1), (2018, 5.3), (2019, 5.4), (2020, 5.6)];
        (int, double)[] outlier = [(2014, 4.7), (2015, 4.9), (2016, 5.0), (2017, 5.1), (2018, 5.3), (2019, 56), (2020, 5.6)];

        var a = Trend.Fit(clean, model).Predict(2025, 0.95);
        var b = Trend.Fit(outlier, model).Predict(2025, 0.95);

        Assert.True(double.IsFinite(b.Lower) && double.IsFinite(b.Median) && double.IsFinite(b.Upper));
        Assert.True(b.Width > a.Width);
    }

    [Fact]
    public void FitAuto_ShortSeries_ChoosesThetaAndSaysWhy()
    {
        var fit = Trend.Fit(Some.HenanPm25);

        Assert.Equal(TrendModel.Auto, fit.Requested);
        Assert.Equal(TrendModel.Theta, fit.Model);
        Assert.Contains("fewer than 40 points", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitAuto_WithBounds_ThetaOnLogitScaleWhenShortElseLogit()
    {
        var options = new TrendOptions { Range = ValueRange.Percent };
        var longSeries = Enumerable.Range(0, 40).Select(i => (1980 + i, 20.0 + (1.5 * i) + (0.4 * Math.Sin(i)))).ToArray();

        var shortFit = Trend.Fit(Some.Fixture, options: options);

        var three = Trend.Fit(Some.Fixture.Take(3), options: options);
        Assert.Equal(TrendModel.Logit, three.Model);
        Assert.Contains("3 points are too few for Theta (needs 4)", three.Message, StringComparison.Ordinal);
        Assert.Equal(TrendModel.Theta, shortFit.Model);
        Assert.Contains("Theta on the logit scale because bounds are set", shortFit.Message, StringComparison.Ordinal);
        var longFit = Trend.Fit(longSeries, options: options);
        Assert.Equal(TrendModel.Logit, longFit.Model);
        Assert.Contains("the series has at least 40 points", longFit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTheta_WithBounds_IsThetaOfTheLogits()
    {
        // Theta on z = ln(y/(100 − y)): the median projection is the back-transformed Theta projection of the logits.
        var logits = Some.Fixture.Select(p => (p.Year, Math.Log(p.Value / (100 - p.Value)))).ToArray();
        var onLogits = Trend.Fit(logits, TrendModel.Theta);
        var bounded = Trend.Fit(Some.Fixture, TrendModel.Theta, new TrendOptions { Range = ValueRange.Percent });

        foreach (var year in (int[])[2021, 2025, 2060])
        {
            var z = onLogits.Project(year);
            Assert.Equal(100 / (1 + Math.Exp(-z)), bounded.Project(year), 9);
            var zInterval = onLogits.Predict(year, 0.9);
            var interval = bounded.Predict(year, 0.9);
            Assert.Equal(100 / (1 + Math.Exp(-zInterval.Lower)), interval.Lower, 9);
            Assert.Equal(100 / (1 + Math.Exp(-zInterval.Upper)), interval.Upper, 9);
            Assert.InRange(interval.Upper, 0, 100);
        }

        Assert.Contains("on the logit scale of the bounds (0, 100)", bounded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitAuto_LongLinearSeries_SelectsByAicc()
    {
        var points = Enumerable.Range(0, 40).Select(i => (1980 + i, 10.0 + (2 * i) + (0.3 * Math.Sin(i * 1.7)))).ToArray();

        var fit = Trend.Fit(points);

        Assert.Contains("lowest AICc", fit.Message, StringComparison.Ordinal);
        Assert.NotNull(fit.AICc);
        Assert.InRange(fit.Project(2021), 89, 93);
    }

    [Fact]
    public void FitAuto_SelectionThresholdIsAnOption()
    {
        var points = Enumerable.Range(0, 14).Select(i => (2000 + i, 10.0 + (2 * i) + (0.3 * Math.Sin(i * 1.7)))).ToArray();

        Assert.Equal(TrendModel.Theta, Trend.Fit(points).Model);
        Assert.Contains("lowest AICc", Trend.Fit(points, options: new TrendOptions { AutoSelectionMinPoints = 10 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_Fixture_ReturnsProjectionFunction()
    {
        var line = Trend.Line(Some.Fixture);

        Assert.Equal(63.3, line(2025), 10);
    }

    [Fact]
    public void Fit_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Fit(Some.Fixture, TrendModel.Damped, new TrendOptions { DampingFactor = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Fit(Some.Fixture, TrendModel.Logit, new TrendOptions { Range = new ValueRange(1, 0) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Fit(Some.Fixture).Predict(2025, 1.0));
    }

    [Fact]
    public void Aicc_ComparableAcrossTransformedModels()
    {
        var linear = Trend.Fit(Some.Fixture, TrendModel.Linear);
        var log = Trend.Fit(Some.Fixture, TrendModel.LogLinear);

        // On this near-linear series the two likelihoods (with Jacobian) are close.
        Assert.NotNull(linear.AICc);
        Assert.NotNull(log.AICc);
        Assert.InRange(log.AICc!.Value - linear.AICc!.Value, -1, 1);
        Assert.Null(Trend.Fit(Some.Fixture, TrendModel.Damped).AICc);
    }

    [Fact]
    public void FitLinear_ParametersCreatedOnRead_AreOneInstanceAndAgreeWithTheFit()
    {
        var fit = Trend.Fit(Some.Fixture, TrendModel.Linear);
        var interval = fit.Predict(2025, 0.9);

        var p = Assert.IsType<LinearParameters>(fit.Parameters);

        Assert.Same(p, fit.Parameters);
        Assert.Equal(p.ResidualSd, fit.ResidualSd);
        Assert.Equal(p.Project(2025), fit.Project(2025));
        Assert.Equal(p.Distribution(2025), fit.Distribution(2025));
        Assert.Equal(p.Predict(2025, 0.9), interval);
        Assert.Equal(p.Distribution(2025).ProbabilityAtLeast(64), fit.ProbabilityAtLeast(2025, 64));
    }

    [Fact]
    public void FitLinear_Equality_DoesNotDependOnWhetherParametersWereRead()
    {
        var read = Trend.Fit(Some.Fixture, TrendModel.Linear);
        _ = read.Parameters;
        var unread = Trend.Fit(Some.Fixture, TrendModel.Linear);
        var other = Trend.Fit(Some.Fixture.Select(p => (p.Year, p.Value + 1)).ToArray(), TrendModel.Linear);

        Assert.Equal(read, unread);
        Assert.Equal(unread, read);
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
        Assert.Equal(unread, unread with { });
        Assert.NotEqual(unread, other);
        Assert.Equal(read.ToString(), unread.ToString());
    }
}
