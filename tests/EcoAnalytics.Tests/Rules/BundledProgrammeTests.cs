using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Rules.SeedTables;
using RulesEngine.Models;

namespace EcoAnalytics.Tests.Rules;

/// <summary>The five bundled programme files: lint-clean, loadable by stock RulesEngine, and evaluated with its semantics.</summary>
public sealed class BundledProgrammeTests
{
    private static readonly Lazy<IndicatorCatalog> Catalog = new(() => IndicatorCatalog.Load(Path.Combine(SeedTableFiles.RepoRoot, "datasets", "indicators.csv")).Value);

    private static IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Path.Combine(SeedTableFiles.RepoRoot, "rules"), "*.json")
            .Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Files() => new(FileNames());

    private static string PathOf(string file) => Path.Combine(SeedTableFiles.RepoRoot, "rules", file);

    [Fact]
    public void Files_AreTheFiveProgrammes()
    {
        Assert.Equal(
            ["dengfeng-provincial-2023.json", "lushi-demonstration-2022.json", "lushi-lianshan-2023.json", "qinshui-consolidation-2020.json", "shanzhou-2022.json"],
            FileNames());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lint_BundledFile_HasNoErrorsOrWarnings(string file)
    {
        var diagnostics = RuleLinter.Lint(PathOf(file), Catalog.Value);
        Assert.Empty(diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task StockRulesEngine_LoadsAndRunsEveryRule(string file)
    {
        var workflow = StockEngine.Deserialize(await File.ReadAllTextAsync(PathOf(file)));
        var input = new RuleInput("c", 2023, "山区", 50, 40, 49, 48, 1, 3, 55, "建立", [1, 2, 3], [2, 2, 2]);
        var failures = await StockEngine.FindFailuresAsync(workflow, input);
        Assert.Empty(failures);
        var engine = StockEngine.Create(workflow);
        var results = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, [new RuleParameter(RuleInput.ParameterName, input)]);
        Assert.Equal(workflow.Rules.Count(r => r.Enabled), results.Count);
    }

    /// <summary>
    /// For every leaf rule, our compiled predicate and stock RulesEngine (ExecuteAllRulesAsync on a one-rule workflow)
    /// agree on inputs just below, at and above the threshold, and for falling and rising trends.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public async Task Evaluate_AgreesWithStockRulesEngine_RuleByRule(string file)
    {
        var programme = ProgrammeReader.Read(PathOf(file)).Value!;
        var compiled = CompiledProgramme.Compile(programme, Catalog.Value);
        var checkedRules = 0;
        foreach (var rule in compiled.AllRules.Where(r => r.Evaluate is not null))
        {
            var engine = StockEngine.Create(new Workflow
            {
                WorkflowName = "one",
                Rules = [new Rule { RuleName = rule.Rule.Name, Expression = rule.Rule.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression }],
            });
            foreach (var input in Probes())
            {
                var stock = (await engine.ExecuteAllRulesAsync("one", [new RuleParameter(RuleInput.ParameterName, input)])).Single();
                Assert.True(string.IsNullOrEmpty(stock.ExceptionMessage), stock.ExceptionMessage);
                Assert.Equal(stock.IsSuccess, rule.Evaluate!(input));
            }

            checkedRules++;
        }

        Assert.True(checkedRules >= 15, $"{file}: only {checkedRules} rules checked");
    }

    private static IEnumerable<RuleInput> Probes()
    {
        foreach (var (value, slope) in new[] { (39.0, -1.0), (40.0, 0.0), (41.0, 1.0) })
        {
            yield return new RuleInput("c", 2023, "丘陵区", value, 40, value - slope, 40, slope, 3, 40, "建立", [value, value * 2], [40, 80]);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_BundledData_EveryRuleYieldsARowAndNoErrors(string file)
    {
        var dataset = Dataset.Load(DatasetPaths.InFolder(Path.Combine(SeedTableFiles.RepoRoot, "datasets")));
        var programme = ProgrammeReader.Read(PathOf(file)).Value!;
        var table = ProgrammeEvaluator.Evaluate(CompiledProgramme.Compile(programme, dataset.Catalog), dataset);
        Assert.Equal(programme.AllRules.Count(r => r.Enabled), table.Count);
        Assert.Empty(table.Where(r => r.Status == ComplianceStatus.Error).Select(r => $"{r.Rule}: {r.Message}"));
        Assert.All(table, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }
}
