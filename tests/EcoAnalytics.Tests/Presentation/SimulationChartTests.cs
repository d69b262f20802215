using EcoAnalytics.Data;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation;
using EcoAnalytics.Presentation.Charts;
using EcoAnalytics.Rules;
using EcoAnalytics.Simulation;
using EcoAnalytics.Tests.Cli;

namespace EcoAnalytics.Tests.Presentation;

public sealed class SimulationChartTests
{
    private static (SimulationResult Result, Dataset Data) Simulate()
    {
        var data = Dataset.LoadBundled();
        var dengfeng = CompiledProgramme.Load(Path.Combine(Bundled.RulesFolder, "dengfeng-provincial-2023.json"), data.Catalog).Value!;
        var result = Simulator.Simulate(dengfeng, data, new SimulationOptions
        {
            Paths = 500,
            InspectionYear = 2026,
            Scenarios = [Scenario.Parse("push:urban_sewage_treatment=3@2025")],
            Forecast = new ForecastOptions { DefaultDeadline = 2025 },
        });
        return (result, data);
    }

    [Fact]
    public void Section_HasJointRulesAndFanCharts_LabelledSynthetic()
    {
        var (result, data) = Simulate();
        var section = SimulationSection.Build(result, data.Catalog, ReportLanguage.En, fans: 2);
        Assert.Equal(1 + 1 + 2, section.Charts.Count);
        Assert.Contains("synthetic demonstration data", section.Intro, StringComparison.Ordinal);
        var joint = ChartJson.Of(section.Charts[0]);
        Assert.Contains("P(every binding rule met by its deadline) (synthetic data, not observed)", joint, StringComparison.Ordinal);
        Assert.Contains("push:urban_sewage_treatment=3@2025", joint, StringComparison.Ordinal);
        var rules = ChartJson.Of(section.Charts[1]);
        Assert.Contains("D24_urban_sewage_treatment", rules, StringComparison.Ordinal);
        Assert.Contains("\"range\":[0.0,1.0]", rules.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("[0,1]", "[0.0,1.0]", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Trajectories_StartAtTheLatestObservation_StayInRange_AndAreSeeded()
    {
        var (result, _) = Simulate();
        var row = result.RulesOf(Scenario.BaselineName).First(r => r.Basis == OutcomeBasis.Projected && r.Fit!.Range.IsBounded);
        var paths = Trajectories.Sample(row, paths: 40, seed: 5);
        Assert.Equal(40, paths.Count);
        Assert.All(paths, p =>
        {
            Assert.Equal(row.Latest, p[0]);
            Assert.Equal(row.Goal.Deadline, p[^1].Year);
            Assert.All(p, v => Assert.InRange(v.Value, row.Fit!.Range.Min, row.Fit.Range.Max));
        });
        Assert.Equal(paths.Select(p => p[^1].Value), Trajectories.Sample(row, paths: 40, seed: 5).Select(p => p[^1].Value));
        Assert.NotEqual(paths.Select(p => p[^1].Value), Trajectories.Sample(row, paths: 40, seed: 6).Select(p => p[^1].Value));

        // Pushed paths are the baseline paths shifted up (same draws): never lower.
        var push = new Scenario("push", [new PushStep("*", 1, 2025)]);
        var pushed = Trajectories.Sample(row, push, 40, 5);
        for (var p = 0; p < 40; p++)
        {
            Assert.True(pushed[p][^1].Value >= paths[p][^1].Value - 1e-9);
        }
    }

    [Fact]
    public void Report_WithSimulate_AddsTheSection()
    {
        var folder = Directory.CreateTempSubdirectory("eco-report-sim").FullName;
        try
        {
            var path = Path.Combine(folder, "r.html");
            var (exit, _, error) = CliRunner.Run("report", "--county", "dengfeng", "--simulate", "--inspection", "2026", "--scenario", "stall:*@2025", "--out", path, "--lang", "en");
            Assert.True(exit == 0, error);
            var html = File.ReadAllText(path);
            Assert.Contains("id=\"simulation\"", html, StringComparison.Ordinal);
            Assert.Contains("Scenarios: chances of passing and where to push", html, StringComparison.Ordinal);
            Assert.Contains("stall:*@2025", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
