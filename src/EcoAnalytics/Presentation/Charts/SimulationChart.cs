using EcoAnalytics.Catalog;
using EcoAnalytics.Simulation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// Charts of a simulation: the joint chance of every binding rule being met, by programme and scenario; each rule's
/// chance by scenario; and one rule's Monte-Carlo trajectories with its 80 % band and target. Titles say when the
/// values behind them are synthetic.
/// </summary>
public static class SimulationChart
{
    /// <summary>P(every binding rule met), one bar group per programme and county, one bar per scenario.</summary>
    public static GenericChart Joint(SimulationResult result, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(result);
        var joints = result.Joint.Where(j => j.Measure == JointMeasure.AllBinding).ToList();
        var groups = joints.Select(j => $"{j.Programme} · {j.County}").Distinct().ToList();
        var bars = result.Scenarios.Select(s =>
        {
            var mine = joints.Where(j => j.Scenario == s.Name).ToList();
            return CSharpChart.Bar<double, string, string>(
                mine.Select(j => j.Probability), groups,
                Name: s.Name,
                MultiText: mine.Select(j => $"{Plot.Number(j.Probability)} ({j.Method}; {j.Rules} rules, {j.Excluded} left out)").ToArray(),
                UseDefaults: false);
        }).ToList();
        var synthetic = joints.Any(j => j.IsSynthetic);
        var title = language.T("截止期限前全部约束性指标达标的概率", "P(every binding rule met by its deadline)") + Synthetic(synthetic, language);
        return ProbabilityBars(CSharpChart.Combine(bars), title, language, Math.Max(320, 160 + (28 * groups.Count * result.Scenarios.Count)));
    }

    /// <summary>Each rule's P(met by its deadline) for one programme and county, one bar per scenario (excluded rules left out).</summary>
    public static GenericChart Rules(SimulationResult result, string county, string programme, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Rules.Where(r => r.County == county && r.Programme == programme && r.Probability is not null).ToList();
        var labels = rows.Where(r => r.Scenario == Scenario.BaselineName).Select(Label).ToList();
        var bars = result.Scenarios.Select(s =>
        {
            var mine = rows.Where(r => r.Scenario == s.Name).ToList();
            return CSharpChart.Bar<double, string, string>(
                mine.Select(r => r.Probability!.Value), mine.Select(Label).ToList(),
                Name: s.Name,
                MultiText: mine.Select(r => $"{Plot.Number(r.Probability!.Value)} ({SimulationCells.BasisWord(r.Basis)}; leverage {Plot.Number(r.LeverageBinding ?? 0)})").ToArray(),
                UseDefaults: false);
        }).ToList();
        var title = $"{programme} · {county}: " + language.T("各指标截止期限前达标概率", "P(met by the deadline), rule by rule") + Synthetic(rows.Any(r => r.IsSynthetic), language);
        return ProbabilityBars(CSharpChart.Combine(bars), title, language, Math.Max(320, 160 + (11 * labels.Count * Math.Max(1, result.Scenarios.Count))));
    }

    /// <summary>
    /// One projected rule: <paramref name="paths"/> Monte-Carlo trajectories per scenario (thin lines), the baseline's
    /// 10–90 % band from the closed-form predictive distribution, and the target.
    /// </summary>
    public static GenericChart Fan(SimulationResult result, SimulatedRule row, Indicator indicator, int paths = 30, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(indicator);
        var parts = new List<GenericChart>();
        if (row.Fit is { Success: true, LastYear: { } last } fit && row.Goal.Deadline is { } deadline && row.Latest is { } latest && deadline > last)
        {
            var years = Enumerable.Range(last, deadline - last + 1).ToList();
            var lower = years.Select(y => y == last ? latest.Value : fit.Predict(y, 0.8).Lower).ToList();
            var upper = years.Select(y => y == last ? latest.Value : fit.Predict(y, 0.8).Upper).ToList();
            parts.Add(Plot.Band(years, lower, upper, language.T("80% 预测区间（基准）", "80% interval (baseline)")));
            var colours = new[] { Plot.Projection, Color.fromHex("#e65100"), Color.fromHex("#6a1b9a"), Color.fromHex("#2e7d32") };
            for (var s = 0; s < result.Scenarios.Count; s++)
            {
                var scenario = result.Scenarios[s];
                var sample = Trajectories.Sample(row, scenario, paths, result.Seed);
                for (var p = 0; p < sample.Count; p++)
                {
                    var line = Plot.Line(sample[p].Select(v => v.Year), sample[p].Select(v => v.Value), scenario.Name, colours[s % colours.Length], StyleParam.DrawingStyle.Solid, width: 0.6, showLegend: p == 0);
                    parts.Add(Plot.SetOnTraces(line, "opacity", 0.45));
                }
            }

            if (row.Goal.Target is { } target)
            {
                parts.Add(Plot.Line([last, deadline], [target, target], language.T("目标", "target") + $" {(row.Goal.Direction == Direction.LowerIsBetter ? "≤" : "≥")} {Plot.Number(target)}", Plot.NotMet, StyleParam.DrawingStyle.Dash));
            }
        }

        var title = $"{row.County} · {row.Rule}: " + language.T("蒙特卡洛路径", "Monte-Carlo paths") + Synthetic(row.IsSynthetic, language);
        return Plot.Titled(CSharpChart.Combine(parts), title, language.T("年份", "year"), language.WithUnit(indicator), 380);
    }

    // Grouped horizontal bars on a fixed 0–1 axis, names in full on the left, numbers on hover only.
    private static GenericChart ProbabilityBars(GenericChart chart, string title, ReportLanguage language, int height)
    {
        chart = Plot.SetOnTraces(chart, "textposition", "none");
        chart = Plot.SetOnTraces(chart, "hovertemplate", "%{y}: %{text}<extra>%{fullData.name}</extra>");
        chart = Plot.Titled(chart, title, string.Empty, string.Empty, height);
        chart = Plot.SetOnLayout(chart, "barmode", "group");
        chart = Plot.SetOnLayout(chart, "xaxis", new Dictionary<string, object> { ["range"] = new[] { 0.0, 1.0 }, ["title"] = new Dictionary<string, string> { ["text"] = language.T("概率", "probability") } });
        chart = Plot.SetOnLayout(chart, "yaxis", new Dictionary<string, object> { ["autorange"] = "reversed", ["automargin"] = true });
        return Plot.SetOnLayout(chart, "margin", new Dictionary<string, int> { ["l"] = 20, ["r"] = 20, ["t"] = 60, ["b"] = 60 });
    }

    private static string Label(SimulatedRule row) => row.Indicator == row.Rule || row.Rule.Contains(row.Indicator, StringComparison.Ordinal) ? row.Rule : $"{row.Rule} ({row.Indicator})";

    private static string Synthetic(bool synthetic, ReportLanguage language) =>
        synthetic ? language.T("（合成数据，非观测）", " (synthetic data, not observed)") : string.Empty;
}
