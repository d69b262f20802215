using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary>The real-series corpus of issue 11 (Forecasting/Calibration/corpus), read once per test run.</summary>
internal static class CorpusFixture
{
    private static readonly Lazy<IReadOnlyList<CorpusSeries>> Corpus = new(Load);

    public static IReadOnlyList<CorpusSeries> Series => Corpus.Value;

    public static string Folder => Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "Forecasting", "Calibration", "corpus");

    private static IReadOnlyList<CorpusSeries> Load()
    {
        using var series = new StreamReader(Path.Combine(Folder, "series.csv"));
        using var values = new StreamReader(Path.Combine(Folder, "values.csv"));
        return CalibrationCorpus.Parse(series, values);
    }
}
