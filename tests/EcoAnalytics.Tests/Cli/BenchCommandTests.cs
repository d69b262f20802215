using System.Text.Json;

namespace EcoAnalytics.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void SmallRun_TimesEveryStageWithItsBaseline_AndTheNaiveWay()
    {
        var (exit, output, error) = CliRunner.Run("bench", "--counties", "30", "--years", "6", "--paths", "200", "--report-counties", "2", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(30, root.GetProperty("counties").GetInt32());
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        var stages = root.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!);
        Assert.Equal(["load", "validate", "evaluate", "forecast (linear)", "forecast (auto, calibrated)", "simulate", "report"], stages.Keys);
        foreach (var name in new[] { "load", "evaluate", "forecast (linear)", "simulate" })
        {
            var stage = stages[name];
            Assert.True(stage.GetProperty("seconds").GetDouble() > 0, name);
            Assert.True(stage.GetProperty("baseline_seconds").GetDouble() > 0, name);
            Assert.Equal(stage.GetProperty("seconds").GetDouble() / stage.GetProperty("baseline_seconds").GetDouble(), stage.GetProperty("ratio").GetDouble(), 6);
            Assert.True(stage.GetProperty("target").GetDouble() >= 2, name);
            Assert.True(stage.GetProperty("peak_bytes").GetInt64() > 0, name);
        }

        Assert.Contains("30 rules × every county-year", stages["evaluate"].GetProperty("work").GetString(), StringComparison.Ordinal);
        var naive = root.GetProperty("naive").EnumerateArray().Select(n => n.GetProperty("stage").GetString()).ToList();
        Assert.Equal(["load", "evaluate", "forecast", "simulate"], naive);
        Assert.True(root.GetProperty("pipeline_seconds").GetDouble() > 0);
        Assert.False(root.TryGetProperty("r", out _));
    }

    [Theory]
    [InlineData("--counties", "5", "must be at least 10")]
    [InlineData("--paths", "10", "must be at least 100")]
    [InlineData("--years", "2", "must be at least 4")]
    [InlineData("--years", "90", "at most 60")]
    public void Misuse_ExitsTwo(string option, string value, string message)
    {
        var (exit, _, error) = CliRunner.Run("bench", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
