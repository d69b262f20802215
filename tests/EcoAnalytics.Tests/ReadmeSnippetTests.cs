using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Rules.SeedTables;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests;

/// <summary>The README's first-screen snippet, line for line, so that it stays true.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void ReadmeSnippet_RunsAndGivesWhatItSays()
    {
        var snippet = Readme.FirstScreen();
        Assert.Contains("ProgrammeReader.Read(\"rules/dengfeng-provincial-2023.json\")", snippet, StringComparison.Ordinal);

        var data = Dataset.LoadBundled();
        Assert.Contains(data.Diagnostics, d => d.Code == "ECO120" && d.County == "lushi" && d.Year == 2021);

        var programme = ProgrammeReader.Read(Path.Combine(SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json")).Value!;
        var compiled = CompiledProgramme.Compile(programme, data.Catalog);
        Assert.Empty(compiled.Diagnostics);

        var plan = ProgrammeEvaluator.Evaluate(compiled, data);
        var province = ProgrammeEvaluator.Evaluate(compiled, data, new EvaluationOptions { ThresholdSet = "standard" });
        Assert.Equal(ComplianceTable.Columns, plan.ToDataFrame().Columns.Select(c => c.Name));
        Assert.Equal(plan.Count, province.Count);
        Assert.NotEqual(plan.Select(r => r.Status), province.Select(r => r.Status));

        var outlook = ProgrammeForecaster.Forecast(compiled, data);
        Assert.Contains(outlook, r => r.ProbabilityMet is not null);
    }
}
