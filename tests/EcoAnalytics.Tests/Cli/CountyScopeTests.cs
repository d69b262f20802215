using static EcoAnalytics.Tests.Cli.CliRunner;

namespace EcoAnalytics.Tests.Cli;

/// <summary><c>--county</c> runs the county's own programmes; other counties' tables only with <c>--any-programme</c>, said on stderr.</summary>
public sealed class CountyScopeTests
{
    private static HashSet<string> Workflows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[2]).ToHashSet();

    [Fact]
    public void Evaluate_County_RunsOnlyItsOwnProgrammes()
    {
        var (_, output, error) = Run("evaluate", "--county", "lushi", "--format", "csv");
        Assert.Equal(new HashSet<string> { "lushi-demonstration-2022", "lushi-lianshan-2023" }, Workflows(output));
        Assert.DoesNotContain("--any-programme", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AnyProgramme_RunsEveryTableAndSaysSo()
    {
        var (_, output, error) = Run("evaluate", "--county", "lushi", "--any-programme", "--format", "csv");
        Assert.Contains("dengfeng-provincial-2023", Workflows(output));
        Assert.Contains("shanzhou-2022", Workflows(output));
        Assert.Contains("dengfeng-provincial-2023 is dengfeng's programme; its rows for lushi apply another county's table", error, StringComparison.Ordinal);
        Assert.DoesNotContain("lushi-demonstration-2022 is", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CountyWithoutProgrammeInTheFiles_IsUsageErrorNamingTheOption()
    {
        var rules = Path.Combine(Rules.SeedTables.SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json");
        var (exit, _, error) = Run("evaluate", "--rules", rules, "--county", "lushi");
        Assert.Equal(2, exit);
        Assert.Contains("--any-programme", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_County_RunsOnlyItsOwnProgrammes()
    {
        var (_, output, _) = Run("forecast", "--county", "shanzhou", "--format", "csv");
        var rules = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.StartsWith("S", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_County_RunsOnlyItsOwnProgrammes()
    {
        var html = Path.Combine(Path.GetTempPath(), "eco-scope-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var (exit, output, error) = Run("report", "--county", "lushi", "--out", html);
            Assert.True(exit is 0 or 1, error);
            Assert.Contains("lushi-demonstration-2022", output, StringComparison.Ordinal);
            Assert.Contains("lushi-lianshan-2023", output, StringComparison.Ordinal);
            Assert.DoesNotContain("dengfeng-provincial-2023", output, StringComparison.Ordinal);
            Assert.DoesNotContain("shanzhou-2022", output, StringComparison.Ordinal);
            Assert.DoesNotContain("qinshui-consolidation-2020", output, StringComparison.Ordinal);
            Assert.DoesNotContain("--any-programme", error, StringComparison.Ordinal);
            Assert.DoesNotContain("--any-programme", File.ReadAllText(html), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Report_AnyProgramme_RunsOtherTablesAndSaysSo()
    {
        var html = Path.Combine(Path.GetTempPath(), "eco-scope-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var rules = Path.Combine(Rules.SeedTables.SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json");
            var (exit, output, error) = Run("report", "--rules", rules, "--county", "lushi", "--any-programme", "--out", html, "--lang", "en");
            Assert.True(exit is 0 or 1, error);
            Assert.Contains("dengfeng-provincial-2023 is dengfeng's programme; its rows for lushi apply another county's table", error, StringComparison.Ordinal);
            Assert.Contains("(dengfeng's table)", output.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("table, run against lushi with --any-programme: a comparison", File.ReadAllText(html), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Report_CountyWithoutProgrammeInTheFiles_IsUsageErrorNamingTheOption()
    {
        var rules = Path.Combine(Rules.SeedTables.SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json");
        var (exit, _, error) = Run("report", "--rules", rules, "--county", "lushi", "--out", Path.Combine(Path.GetTempPath(), "eco-never-written.html"));
        Assert.Equal(2, exit);
        Assert.Contains("--any-programme", error, StringComparison.Ordinal);
    }
}
