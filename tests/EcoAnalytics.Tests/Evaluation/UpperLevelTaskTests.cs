using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Evaluation;

/// <summary>完成上级规定的目标任务 (D08a, D09, S08a, S10) on the bundled data: completion states assigned per county and year, never NoData by construction.</summary>
public sealed class UpperLevelTaskTests
{
    private static readonly string[] TaskRules = ["D08a_surface_water_target_attainment", "D09_major_pollutant_reduction", "S08a_surface_water_target_attainment", "S10_major_pollutant_reduction"];

    private static readonly Lazy<Dataset> Bundled = new(() => Dataset.Load(DatasetPaths.InFolder(Path.Combine(SeedTableFiles.RepoRoot, "datasets"))));

    private static CompiledProgramme Load(string file) =>
        CompiledProgramme.Compile(ProgrammeReader.Read(Path.Combine(SeedTableFiles.RepoRoot, "rules", file)).Value!, Bundled.Value.Catalog);

    [Fact]
    public void BundledData_UpperLevelTasksHaveRealStatusesMarkedSynthetic()
    {
        var rows = new[] { "dengfeng-provincial-2023.json", "shanzhou-2022.json" }
            .SelectMany(f => ProgrammeEvaluator.Evaluate(Load(f), Bundled.Value))
            .Where(r => TaskRules.Contains(r.Rule))
            .ToList();
        Assert.Equal(TaskRules.Length, rows.Count);
        Assert.All(rows, r => Assert.Contains(r.Status, new[] { ComplianceStatus.Met, ComplianceStatus.NotMet }));
        Assert.All(rows, r => Assert.True(r.IsSynthetic));
        Assert.All(rows, r => Assert.Contains("assigned by the upper level", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void BundledData_TaskIndicatorsUseCompletionStatesOnly()
    {
        var dataset = Bundled.Value;
        var tasks = dataset.Catalog.Where(StatusSynthesizer.IsTask).Select(i => i.Code).ToHashSet();
        Assert.Equal(new HashSet<string> { "surface_water_target_attainment", "major_pollutant_reduction" }, tasks);
        Assert.All(dataset.Observations.Where(o => tasks.Contains(o.Indicator)), o => Assert.Contains(o.Label, new[] { "完成", "未完成" }));
        var assigned = dataset.AssignedTargets.Where(o => tasks.Contains(o.Indicator)).ToList();
        Assert.NotEmpty(assigned);
        Assert.All(assigned, o => Assert.Equal(("完成", true), (o.Label, o.IsSynthetic)));
        Assert.All(assigned, o => Assert.Contains("synthetic", o.Note, StringComparison.Ordinal));
        Assert.Equal(StatusScale.LevelOf("完成"), (int)assigned[0].Value);
    }
}
