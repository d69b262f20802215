using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using static EcoAnalytics.Tests.Support.RuleFixtures;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Outlook;

public sealed class ProgrammeForecasterTests
{
    private const string Real = "seed:test.txt#L1";

    private static ForecastTable Forecast(string expression, string properties, ObservationTable data, ForecastOptions? options = null, string county = "hill")
    {
        var programme = Programme(expression, properties, county);
        return ProgrammeForecaster.Forecast(CompiledProgramme.Compile(programme, Support.RuleFixtures.Catalog), Dataset.FromTables(data), options);
    }

    private static ObservationTable Rising(string county = "hill", string source = Real) =>
        Table((county, "forest", 2016, 50.0, source), (county, "forest", 2017, 51.0, source), (county, "forest", 2018, 53.0, source), (county, "forest", 2019, 54.0, source), (county, "forest", 2020, 56.0, source));

    [Fact]
    public void Forecast_LinearWorkedVector_MatchesPublishedInterval()
    {
        // progress-methods.md §11: 50, 51, 53, 54, 56 for 2016–2020 → linear 2025 = 63.30, 95 % PI [60.81, 65.79].
        var row = Assert.Single(Forecast("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":60},"deadline":2025}""",
            Rising(), new ForecastOptions { Model = TrendModel.Linear, Level = 0.95 }));
        Assert.Equal(TrendModel.Linear, row.Model);
        Assert.Equal(63.30, row.AtDeadline!.Value.Median, 2);
        Assert.Equal(60.81, row.AtDeadline!.Value.Lower, 2);
        Assert.Equal(65.79, row.AtDeadline!.Value.Upper, 2);
        Assert.Equal(60, row.Goal.Target);
        Assert.Equal(Direction.HigherIsBetter, row.Goal.Direction);
        Assert.Equal(2020, row.Latest?.Year);
        Assert.True(row.ProbabilityMet > 0.95);
        Assert.Equal(1.5, row.Pace.ObservedAnnualChange!.Value, 9);
        Assert.Equal(0.8, row.Pace.RequiredAnnualChange!.Value, 9); // (60 − 56) / 5
        Assert.Equal(true, row.OnTrack);
    }

    [Fact]
    public void Forecast_TargetFromThresholdSetAndTerrain_MatchesEvaluation()
    {
        var peak = Forecast("x.Value > x.Threshold", """{"indicator":"forest","requirement":"terrain","comparator":">","thresholds":{"target":{"山区":60,"丘陵区":40}},"deadline":2025}""", Rising("peak"), county: "peak");
        Assert.Equal(60, Assert.Single(peak).Goal.Target);
        var standard = Forecast("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":70,"standard":55},"deadline":2025}""", Rising(), new ForecastOptions { Evaluation = new EvaluationOptions { ThresholdSet = "standard" } });
        Assert.Equal(55, Assert.Single(standard).Goal.Target);
        Assert.Equal("Target already met", Assert.Single(standard).Verdicts.Eurostat?.Label);
    }

    [Fact]
    public void Forecast_LowerIsBetter_UsesCeiling()
    {
        var data = Table(("hill", "pm25", 2018, 60.0, Real), ("hill", "pm25", 2019, 55.0, Real), ("hill", "pm25", 2020, 50.0, Real), ("hill", "pm25", 2021, 46.0, Real));
        var row = Assert.Single(Forecast("x.Value <= x.Threshold", """{"indicator":"pm25","requirement":"threshold","comparator":"<=","thresholds":{"target":35},"deadline":2025}""", data));
        Assert.Equal(Direction.LowerIsBetter, row.Goal.Direction);
        Assert.True(row.Pace.ObservedAnnualChange < 0);
        Assert.True(row.Pace.RequiredAnnualChange < 0);
        Assert.InRange(row.ProbabilityMet!.Value, 0, 1);
    }

    [Fact]
    public void Forecast_ConcentrationFromFourPoints_IntervalNeverBelowZero()
    {
        // Henan PM10 2016–2019 (see Some.HenanPm10): Theta's 2025 interval from four points crosses zero uncensored.
        var data = Table(("hill", "pm10", 2016, 128.0, Real), ("hill", "pm10", 2017, 106.0, Real), ("hill", "pm10", 2018, 103.0, Real), ("hill", "pm10", 2019, 96.0, Real));
        var row = Assert.Single(Forecast("x.Value <= x.Threshold", """{"indicator":"pm10","requirement":"threshold","comparator":"<=","thresholds":{"target":70},"deadline":2025}""", data));
        Assert.Equal(TrendModel.Theta, row.Model);
        Assert.Equal(0, row.AtDeadline?.Lower);
        Assert.True(row.AtDeadline?.Upper > row.AtDeadline?.Median);
        Assert.Contains("censored to the possible values ≥ 0", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_StatusRule_SaysItIsNotProjected()
    {
        var row = Assert.Single(Forecast("x.Value >= x.Threshold", """{"indicator":"plan","requirement":"status","comparator":">=","thresholds":{"target":"建立"},"deadline":2025}""", Table(("hill", "plan", 2020, "建立", Real))));
        Assert.Null(row.Model);
        Assert.Contains("status ladder", row.Note, StringComparison.Ordinal);
        Assert.Null(row.ProbabilityMet);
    }

    [Fact]
    public void Forecast_ImprovingRule_HasNoTargetButATrendVerdict()
    {
        var row = Assert.Single(Forecast("x.Slope > 0", """{"indicator":"forest","requirement":"improving","comparator":">","deadline":2025}""", Rising()));
        Assert.Null(row.Goal.Target);
        Assert.Equal(OutlookKind.TrendOnly, row.Kind);
        Assert.NotNull(row.Verdicts.Eurostat);
        Assert.Equal("no target", ForecastTable.VerdictLabel(row, row.Verdicts.Unsd));
        Assert.Contains("no quantified target", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_TwoPoints_StatesNoDataWithoutThrowing()
    {
        var data = Table(("hill", "forest", 2019, 50.0, Real), ("hill", "forest", 2020, 52.0, Real));
        var row = Assert.Single(Forecast("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":60},"deadline":2025}""", data));
        Assert.Null(row.Model);
        Assert.Null(row.AtDeadline);
        Assert.NotNull(row.Pace.ProgressRatio);
        Assert.False(string.IsNullOrWhiteSpace(row.Note));
    }

    [Fact]
    public void Forecast_SyntheticSeries_IsMarked()
    {
        var row = Assert.Single(Forecast("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":60},"deadline":2025}""", Rising(source: Sources.Synthetic)));
        Assert.True(row.IsSynthetic);
        Assert.StartsWith("[synthetic data] all 5 points synthetic", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDataFrame_HasExactlyTheDocumentedColumns()
    {
        var table = Forecast("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":60},"deadline":2025}""", Rising());
        var frame = table.ToDataFrame();
        Assert.Equal(ForecastTable.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(
            ["county", "rule", "indicator", "deadline", "target", "direction", "model", "last_year", "last_value", "projected", "lower", "upper", "level",
             "probability_met", "expected_year_met", "observed_annual_change", "required_annual_change", "progress_ratio", "verdict_eurostat", "verdict_unsd", "verdict_sdsn"],
            ForecastTable.Columns.Take(21));
    }
}

public sealed class ProgrammeForecasterDeadlineTests
{
    [Fact]
    public void Forecast_RuleWithoutDeadline_UsesTheAssumedDeadlineAndSaysSo()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":60}}""");
        var data = Table(("hill", "forest", 2018, 50.0, "seed:t#L1"), ("hill", "forest", 2019, 52.0, "seed:t#L1"), ("hill", "forest", 2020, 54.0, "seed:t#L1"));
        var compiled = CompiledProgramme.Compile(programme, EcoAnalytics.Tests.Support.RuleFixtures.Catalog);
        var none = Assert.Single(ProgrammeForecaster.Forecast(compiled, Dataset.FromTables(data)));
        Assert.Null(none.ProbabilityMet);
        Assert.Contains("no deadline in the source document", none.Note, StringComparison.Ordinal);
        var assumed = Assert.Single(ProgrammeForecaster.Forecast(compiled, Dataset.FromTables(data), new ForecastOptions { DefaultDeadline = 2025 }));
        Assert.Equal(2025, assumed.Goal.Deadline);
        Assert.NotNull(assumed.ProbabilityMet);
        Assert.StartsWith("deadline 2025 assumed: the source gives none", assumed.Note, StringComparison.Ordinal);
    }
}
