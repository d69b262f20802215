using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary>
/// The committed horizon calibration (src/EcoAnalytics/Forecasting/Models/HorizonCalibrationTable.cs) is exactly what
/// <c>CalibrationFit</c> gives on the calibration part of the corpus: its provenance. Set ECO_UPDATE_CALIBRATION=1 to
/// rewrite the table from the corpus (then rerun the evaluation-part tests, which are never used to fit).
/// </summary>
public class CalibrationFitTests
{
    [Fact]
    public void CommittedTable_IsTheFitOnTheCalibrationPart()
    {
        var rows = CalibrationFit.Models.ToDictionary(
            m => m,
            m => CalibrationFit.Fit(CorpusBacktest.Collect(CorpusFixture.Series, CorpusPart.Calibration, m, IntervalCalibration.None)));
        var calibrationSeries = CorpusFixture.Series.Count(s => s.Part == CorpusPart.Calibration);
        var source = CalibrationFit.Source(
            rows,
            $"Fitted on the calibration part of tests/EcoAnalytics.Tests/Forecasting/Calibration/corpus ({calibrationSeries} series), CorpusBacktest protocol.");
        var path = Path.Combine(SeedTableFiles.RepoRoot, "src", "EcoAnalytics", "Forecasting", "Models", "HorizonCalibrationTable.cs");
        if (Environment.GetEnvironmentVariable("ECO_UPDATE_CALIBRATION") == "1")
        {
            File.WriteAllText(path, source);
        }

        Assert.Equal(source.ReplaceLineEndings(), File.ReadAllText(path).ReplaceLineEndings());
    }

    [Fact]
    public void Split_IsByGroup_AndBothPartsAreLarge()
    {
        var corpus = CorpusFixture.Series;
        Assert.All(corpus.GroupBy(s => s.Group), g => Assert.Single(g.Select(s => s.Part).Distinct()));
        Assert.All(corpus.Where(s => s.Id.StartsWith("observed/", StringComparison.Ordinal)), s => Assert.Equal(CorpusPart.Evaluation, s.Part));
        Assert.InRange(corpus.Count(s => s.Part == CorpusPart.Calibration), 600, 1000);
        Assert.InRange(corpus.Count(s => s.Part == CorpusPart.Evaluation), 600, 1000);
        Assert.Equal(CorpusPart.Evaluation, CalibrationCorpus.PartOf("observed/Henan Province"));
    }
}
