using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Cli;

/// <summary>
/// The CSV that <c>eco evaluate</c>, <c>eco forecast</c> and <c>eco backtest</c> write on the bundled data, compared
/// byte for byte with the files in <c>Cli/Golden/</c>. A change to any figure fails here; when the change is intended,
/// regenerate with <c>ECO_UPDATE_GOLDEN=1 dotnet test --filter GoldenOutputTests</c> and list it in CHANGELOG.md.
/// </summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string, string[]> Cases() => new()
    {
        { "evaluate.csv", ["evaluate", "--format", "csv"] },
        { "evaluate-years.csv", ["evaluate", "--years", "2018-2023", "--format", "csv"] },
        { "evaluate-standard.csv", ["evaluate", "--rules", Rules("dengfeng-provincial-2023.json"), "--threshold-set", "standard", "--format", "csv"] },
        { "evaluate-override.csv", ["evaluate", "--set", "forest_grass_coverage=50", "--county", "lushi", "--county", "shanzhou", "--format", "csv"] },
        { "forecast.csv", ["forecast", "--format", "csv"] },
        { "forecast-deadline.csv", ["forecast", "--deadline", "2025", "--level", "0.9", "--format", "csv"] },
        { "forecast-linear.csv", ["forecast", "--model", "linear", "--deadline", "2025", "--format", "csv"] },
        { "backtest.csv", ["backtest", "--format", "csv"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_BundledData_MatchesGoldenFile(string file, string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, $"eco {string.Join(' ', args)} exited {exit}: {error}");
        var path = Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "Cli", "Golden", file);
        if (Environment.GetEnvironmentVariable("ECO_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, output);
        }

        var expected = File.ReadAllText(path);
        if (expected != output)
        {
            var a = expected.Split('\n');
            var b = output.Split('\n');
            var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            Assert.Fail($"{file} differs first at line {line + 1}:\n  golden: {a.ElementAtOrDefault(line)}\n  now:    {b.ElementAtOrDefault(line)}");
        }
    }

    private static string Rules(string name) => Path.Combine(SeedTableFiles.RepoRoot, "rules", name);
}
