using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary>
/// Issue 11's targets, measured on the evaluation part of the corpus (733 series that were never used to fit the
/// horizon calibration): CorpusBacktest protocol, 24-point windows, train on 4–16 points, horizons 1–8.
/// </summary>
public class CorpusEvaluationTests
{
    private static readonly Lazy<CorpusEvaluation> Evaluation = new(() => CorpusBacktest.Evaluate(CorpusFixture.Series, CorpusPart.Evaluation));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void CalibratedAuto_CoversAtEveryHorizon(double level)
    {
        var scores = Evaluation.Value.Scores.Where(s => s.Method == "auto" && s.Level == level).ToList();

        Assert.Equal(9, scores.Count);
        Assert.All(scores.Where(s => s.Horizon > 0), s => Assert.True(s.Forecasts >= 50 && Math.Abs(s.Coverage - level) <= 0.05, $"h = {s.Horizon}: {s.Coverage:F3}"));
        Assert.InRange(scores.Single(s => s.Horizon == 0).Coverage, level - 0.03, level + 0.03);
    }

    [Fact]
    public void CalibratedAuto_HasBetterProperScores_ThanUncalibratedAndNoChange()
    {
        var e = Evaluation.Value;
        double Brier(string m) => e.Brier.Single(b => b.Method == m && b.Horizon == 0).Brier;
        double Interval(string m, double level) => e.Scores.Single(s => s.Method == m && s.Horizon == 0 && s.Level == level).IntervalScore;
        double Mae(string m) => e.Scores.Single(s => s.Method == m && s.Horizon == 0 && s.Level == 0.8).Mae;

        Assert.Equal((0.1386, 0.1443, 0.2108), (Some.Round(Brier("auto"), 4), Some.Round(Brier("auto-uncalibrated"), 4), Some.Round(Brier("naive"), 4)));
        Assert.True(Brier("auto") < Brier("auto-uncalibrated") && Brier("auto") < Brier("naive"));
        Assert.All(CorpusBacktest.Levels, level => Assert.True(Interval("auto", level) < Interval("auto-uncalibrated", level) && Interval("auto", level) < Interval("naive", level)));
        Assert.True(Mae("auto") <= Mae("theta"));
        Assert.Equal(733, e.Series);
    }

    [Fact]
    public void CalibratedAuto_IsBetterAtEveryHorizon_InBrier()
    {
        var e = Evaluation.Value;
        for (var h = 1; h <= CorpusBacktest.MaxHorizon; h++)
        {
            var at = e.Brier.Where(b => b.Horizon == h).ToDictionary(b => b.Method, b => b.Brier);
            Assert.True(at["auto"] < at["auto-uncalibrated"] && at["auto"] < at["naive"], $"h = {h}");
        }
    }
}
