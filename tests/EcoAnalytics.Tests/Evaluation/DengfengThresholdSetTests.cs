using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Evaluation;

/// <summary>The real Dengfeng file under its two threshold sets, over a panel given in code and as a wide DataFrame.</summary>
public sealed class DengfengThresholdSetTests
{
    private static readonly Lazy<(IndicatorCatalog Catalog, CountyRegistry Counties, CompiledProgramme Programme)> Setup = new(() =>
    {
        var datasets = Path.Combine(SeedTableFiles.RepoRoot, "datasets");
        var catalog = IndicatorCatalog.Load(Path.Combine(datasets, "indicators.csv")).Value;
        var counties = CountyRegistry.Load(Path.Combine(datasets, "counties.csv")).Value;
        var programme = ProgrammeReader.Read(Path.Combine(SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json")).Value!;
        return (catalog, counties, CompiledProgramme.Compile(programme, catalog));
    });

    private static ObservationTable Observations()
    {
        var (catalog, counties, _) = Setup.Value;
        var table = Dataset.FromTables(new ObservationTable(catalog, counties)).NewTable();
        foreach (var (code, value) in new[] { ("forest_grass_coverage", 42.0), ("urban_sewage_treatment", 90.0), ("green_building_share", 60.0), ("eco_index", 60.2) })
        {
            table.Add(new Observation("dengfeng", code, 2023, value, null, "seed:test#L1", string.Empty));
        }

        return table;
    }

    private static Dictionary<string, ComplianceStatus> ByIndicator(ComplianceTable table) =>
        table.Where(r => r.Status != ComplianceStatus.NoData).ToDictionary(r => r.Indicator, r => r.Status);

    [Fact]
    public void Evaluate_TargetVersusStandard_GiveDifferentResultsOnTheSameData()
    {
        var (_, _, programme) = Setup.Value;
        var dataset = Dataset.FromTables(Observations());
        var target = ByIndicator(ProgrammeEvaluator.Evaluate(programme, dataset));
        var standard = ByIndicator(ProgrammeEvaluator.Evaluate(programme, dataset, new EvaluationOptions { ThresholdSet = "standard" }));

        // 2023年目标值 vs 指标值 (seed 002 lines 281, 282, 304, 305).
        Assert.Equal(ComplianceStatus.NotMet, target["forest_grass_coverage"]);   // 42 < 44
        Assert.Equal(ComplianceStatus.Met, standard["forest_grass_coverage"]);    // 42 ≥ 41
        Assert.Equal(ComplianceStatus.NotMet, target["urban_sewage_treatment"]);  // 90 < 92
        Assert.Equal(ComplianceStatus.Met, standard["urban_sewage_treatment"]);   // 90 ≥ 85
        Assert.Equal(ComplianceStatus.NotMet, target["green_building_share"]);    // 60 < 90.5
        Assert.Equal(ComplianceStatus.Met, standard["green_building_share"]);     // 60 ≥ 40
        Assert.Equal(ComplianceStatus.NotMet, target["eco_index"]);               // 60.2 < 60.5
        Assert.Equal(ComplianceStatus.Met, standard["eco_index"]);                // 60.2 ≥ 60
    }

    [Fact]
    public void Evaluate_WideDataFrame_GivesTheSameRowsAsThePanel()
    {
        var (_, counties, programme) = Setup.Value;
        var observations = Observations();
        var panel = Panel.From(observations);
        var fromPanel = ProgrammeEvaluator.Evaluate(programme, panel, counties);
        var fromFrame = panel.ToDataFrame().Evaluate(programme, counties).Value;
        Assert.Equal(fromPanel.Select(r => (r.Rule, r.Status, r.Value, r.Gap)), fromFrame.Select(r => (r.Rule, r.Status, r.Value, r.Gap)));
        Assert.Equal(fromPanel.Select(r => r.Message), fromFrame.Select(r => r.Message));
    }

    [Fact]
    public void Evaluate_OverrideByIndicator_ChangesOnlyThatIndicator()
    {
        var (_, _, programme) = Setup.Value;
        var dataset = Dataset.FromTables(Observations());
        var overridden = ByIndicator(ProgrammeEvaluator.Evaluate(programme, dataset, new EvaluationOptions { Overrides = [ThresholdOverride.Parse("forest_grass_coverage=42")] }));
        Assert.Equal(ComplianceStatus.Met, overridden["forest_grass_coverage"]);
        Assert.Equal(ComplianceStatus.NotMet, overridden["urban_sewage_treatment"]);
    }
}
