using EcoAnalytics.Tests.Cli;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary><c>eco backtest --corpus</c>: the evaluation-part scores from the corpus embedded in the command.</summary>
public class CorpusCommandTests
{
    [Fact]
    public void BacktestCorpus_Csv_HasARowPerModelHorizonAndLevel_AndBrierRows()
    {
        var (exit, output, _) = CliRunner.Run("backtest", "--corpus", "--format", "csv");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(0, exit);
        Assert.Equal("part,kind,model,horizon,level,forecasts,coverage,interval_score,mae,brier,bin_from,bin_to,mean_probability,observed_frequency", lines[0]);
        Assert.Equal(5 * 10, lines.Count(l => l.StartsWith("evaluation,reliability,", StringComparison.Ordinal)));
        Assert.Equal(5 * 9 * 3, lines.Count(l => l.StartsWith("evaluation,interval,", StringComparison.Ordinal)));
        Assert.Equal(5 * 9, lines.Count(l => l.StartsWith("evaluation,brier,", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("evaluation,interval,auto,5,0.8,14722,0.82", StringComparison.Ordinal));
    }
}
