using EcoAnalytics.Catalog;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// The simulator's section of the report (<c>ReportOptions.Sections</c>): the joint chance of every binding rule
/// being met, each programme's rules by scenario, and the Monte-Carlo paths of the rules with the most leverage.
/// </summary>
public static class SimulationSection
{
    /// <summary>The anchor id of the section.</summary>
    public const string Id = "simulation";

    /// <summary>Builds the section; <paramref name="fans"/> rules with the most leverage get a trajectory chart.</summary>
    public static ReportSection Build(SimulationResult result, IndicatorCatalog catalog, ReportLanguage language = ReportLanguage.Zh, int fans = 3)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        var charts = new List<Plotly.NET.GenericChart> { SimulationChart.Joint(result, language) };
        foreach (var group in result.RulesOf(Scenario.BaselineName).GroupBy(r => (r.County, r.Programme)))
        {
            charts.Add(SimulationChart.Rules(result, group.Key.County, group.Key.Programme, language));
        }

        var pushes = result.RulesOf(Scenario.BaselineName)
            .Where(r => r.Basis == OutcomeBasis.Projected && catalog.Find(r.Indicator) is not null)
            .OrderByDescending(r => r.LeverageBinding ?? 0).ThenBy(r => r.Probability ?? 1).Take(fans);
        charts.AddRange(pushes.Select(r => SimulationChart.Fan(result, r, catalog[r.Indicator], language: language)));
        var scenarios = string.Join("; ", result.Scenarios.Skip(1).Select(s => s.Name));
        var dependence = string.Join("; ", result.Dependence.Select(d => $"{d.County}: {d.Description}"));
        var intro = language.T(
            $"蒙特卡洛模拟（每个序列 {result.Paths} 条路径，种子 {result.Seed}）：各指标在截止期限前达标的概率（闭式解，精确）、全部约束性指标同时达标的概率，以及每个指标单独改善一个典型年变化量时该概率的提升（杠杆）。情景：{(scenarios.Length == 0 ? "仅基准" : scenarios)}。相关性：{dependence}。",
            $"Monte-Carlo simulation ({result.Paths} paths per series, seed {result.Seed}): each rule's chance of being met by its deadline (closed form, exact), the chance that every binding rule is, and how much that chance rises if one rule alone improves by one typical annual change (leverage). Scenarios: {(scenarios.Length == 0 ? "baseline only" : scenarios)}. Dependence: {dependence}.");
        if (result.Rules.Any(r => r.IsSynthetic))
        {
            intro += language.T(" 图中数值含合成演示数据，并非观测值。", " The values behind these charts include synthetic demonstration data, not observations.");
        }

        return new ReportSection(Id, language.T("情景模拟：达标概率与发力点", "Scenarios: chances of passing and where to push"), intro, charts);
    }
}
