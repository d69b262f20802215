using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Catalog;

/// <summary>States (外来物种入侵不明显) and water-quality classes compare on scales of their own, not on the milestone ladder.</summary>
public sealed class OrdinalScaleTests
{
    private static readonly Lazy<Dataset> Bundled = new(() => Dataset.Load(DatasetPaths.InFolder(Path.Combine(SeedTableFiles.RepoRoot, "datasets"))));

    [Theory]
    [InlineData("不明显", OrdinalScale.Invasion, 1)]
    [InlineData("明显", OrdinalScale.Invasion, 0)]
    [InlineData("Ⅲ类", OrdinalScale.WaterClass, 3)]
    [InlineData("劣Ⅴ类", OrdinalScale.WaterClass, 6)]
    [InlineData("建立", OrdinalScale.Ladder, 2)]
    public void LevelOf_KnowsEachScalesLabels(string label, OrdinalScale scale, int level) =>
        Assert.Equal(level, StatusScale.LevelOf(label, scale));

    [Theory]
    [InlineData("建立", OrdinalScale.Invasion)]
    [InlineData("建立", OrdinalScale.WaterClass)]
    [InlineData("不明显", OrdinalScale.Ladder)]
    public void LevelOf_LabelsDoNotCrossScales(string label, OrdinalScale scale) =>
        Assert.Null(StatusScale.LevelOf(label, scale));

    [Fact]
    public void BundledCatalog_StatesAndClassesHaveTheirScales()
    {
        var catalog = Bundled.Value.Catalog;
        Assert.Equal(OrdinalScale.Invasion, catalog["invasive_species"].Scale);
        Assert.Equal((OrdinalScale.WaterClass, Direction.LowerIsBetter), (catalog["groundwater_point_grade"].Scale, catalog["groundwater_point_grade"].Direction));
        Assert.Equal(OrdinalScale.Ladder, catalog["eco_civilization_plan"].Scale);
        Assert.All(Bundled.Value.Observations.Where(o => o.Indicator == "invasive_species"), o => Assert.Contains(o.Label, new[] { "明显", "不明显" }));
        Assert.All(Bundled.Value.Observations.Where(o => o.Indicator == "groundwater_point_grade"), o => Assert.Equal(StatusScale.LevelOf(o.Label, OrdinalScale.WaterClass), (int)o.Value));
    }

    [Fact]
    public void Shanzhou_StatesAndClassesCompareOnTheirScales()
    {
        var programme = CompiledProgramme.Compile(ProgrammeReader.Read(Path.Combine(SeedTableFiles.RepoRoot, "rules", "shanzhou-2022.json")).Value!, Bundled.Value.Catalog);
        var rows = ProgrammeEvaluator.Evaluate(programme, Bundled.Value).ToDictionary(r => r.Rule);
        var invasion = rows["S13b_invasive_species"];
        Assert.Equal(1, invasion.Threshold);
        Assert.Contains("明显 >= 不明显 (invasion state", invasion.Message, StringComparison.Ordinal);
        var water = rows["S08c_groundwater_point_grade"];
        Assert.Equal("<=", water.Comparator);
        Assert.Matches("Ⅲ类 <= baseline Ⅲ类 \\(2021\\) \\(water-quality class", water.Message);
    }

    [Fact]
    public void Lint_LadderLabelOnAStateIndicator_IsAnError()
    {
        var folder = Directory.CreateTempSubdirectory("eco-scale-").FullName;
        try
        {
            var path = Path.Combine(folder, "p.json");
            File.WriteAllText(path, """
                { "WorkflowName": "p", "Programme": { "county": "lushi", "document": "t.txt", "thresholdSets": { "target": "t" }, "defaultThresholdSet": "target" },
                  "Rules": [ { "RuleName": "R1", "Expression": "x.Value >= x.Threshold", "Properties": { "indicator": "invasive_species", "requirement": "status", "comparator": ">=", "thresholds": { "target": "建立" }, "source": { "document": "t.txt", "line": 1, "item": "1", "quote": "q" } } } ] }
                """);
            var diagnostics = RuleLinter.Lint(path, Bundled.Value.Catalog);
            Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("'建立' is not on the invasion state of 'invasive_species'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
