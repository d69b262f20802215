using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Simulation;

/// <summary>
/// Monte-Carlo scenarios over programmes: for every county, programme, scenario and rule the probability that the rule
/// is met by its deadline (closed form, exact, and as simulated), the probability that every binding rule — and every
/// rule — is met, the rules most likely to fail, and each rule's leverage: how much the joint probability rises if that
/// rule alone improves by one typical annual change. All scenarios share the same draws (common random numbers), so a
/// push never lowers a probability and a shock never raises one, path by path.
/// </summary>
public static class Simulator
{
    /// <summary>Simulates one programme (for the counties of <see cref="SimulationOptions.Forecast"/>, default its own).</summary>
    public static SimulationResult Simulate(CompiledProgramme programme, Dataset dataset, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return Simulate([programme], dataset, options);
    }

    /// <summary>
    /// Simulates several programmes. Counties: <c>Forecast.Evaluation.Counties</c> for every programme, or each
    /// programme's own county when null. A county's indicators share their draws across its programmes.
    /// </summary>
    public static SimulationResult Simulate(IReadOnlyList<CompiledProgramme> programmes, Dataset dataset, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= SimulationOptions.Default;
        foreach (var scenario in options.Scenarios)
        {
            scenario.Validate();
        }

        var scenarios = options.Scenarios.Prepend(Scenario.Baseline).ToList();
        var groups = new List<(CompiledProgramme? Programme, List<SimulationItem> Items, string BindingNote)>();
        foreach (var programme in programmes)
        {
            var (items, note) = ItemBuilder.Build(programme, dataset, options);
            groups.Add((programme, items, note));
        }

        var perCounty = RunCounties(groups, dataset.Panel, options, scenarios);
        // Deterministic order whatever the threads did: scenario, programme, county, rule.
        var scenarioOrder = scenarios.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var programmeOrder = programmes.Select((p, i) => (p.Programme.Name, i)).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var ruleRows = perCounty.SelectMany((p, c) => p.Rules.Select((r, i) => (r, c, i)))
            .OrderBy(x => scenarioOrder[x.r.Scenario]).ThenBy(x => programmeOrder[x.r.Programme]).ThenBy(x => x.c).ThenBy(x => x.i)
            .Select(x => x.r).ToList();
        var jointRows = perCounty.SelectMany((p, c) => p.Joint.Select((r, i) => (r, c, i)))
            .OrderBy(x => scenarioOrder[x.r.Scenario]).ThenBy(x => programmeOrder[x.r.Programme]).ThenBy(x => x.c).ThenBy(x => x.i)
            .Select(x => x.r).ToList();
        return new SimulationResult(ruleRows, jointRows, perCounty.Select(p => p.Summary).ToList(), scenarios, options.Paths, options.Seed);
    }

    /// <summary>
    /// The Monte-Carlo core, county by county in parallel: draws, then every scenario's marginal, joint and leverage
    /// figures per programme. Each county's output depends only on its own items and the seed.
    /// </summary>
    internal static (List<SimulatedRule> Rules, List<JointOutcome> Joint, DependenceSummary Summary)[] RunCounties(
        IReadOnlyList<(CompiledProgramme? Programme, List<SimulationItem> Items, string BindingNote)> groups, Panel panel, SimulationOptions options, IReadOnlyList<Scenario> scenarios)
    {
        var byCounty = new Dictionary<string, List<(int Group, SimulationItem Item)>>(StringComparer.Ordinal);
        var counties = new List<string>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var item in groups[g].Items)
            {
                if (!byCounty.TryGetValue(item.County, out var list))
                {
                    byCounty[item.County] = list = [];
                    counties.Add(item.County);
                }

                list.Add((g, item));
            }
        }

        var perCounty = new (List<SimulatedRule> Rules, List<JointOutcome> Joint, DependenceSummary Summary)[counties.Count];
        var done = 0;
        var buffers = new DrawBuffers(options.Paths);
        Parallel.For(0, counties.Count, c =>
        {
            var entries = byCounty[counties[c]];
            using var sampler = PathSampler.For(counties[c], entries.Select(e => e.Item).ToList(), panel, options, buffers);
            var rules = new List<SimulatedRule>();
            var joint = new List<JointOutcome>();
            foreach (var scenario in scenarios)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    var mine = entries.Where(e => e.Group == g).Select(e => e.Item).ToList();
                    if (mine.Count > 0)
                    {
                        JointCalculator.Run(scenario, mine, sampler, groups[g].BindingNote, rules, joint);
                    }
                }
            }

            perCounty[c] = (rules, joint, sampler.Summary);
            options.Progress?.Report((double)Interlocked.Increment(ref done) / counties.Count);
        });
        return perCounty;
    }
}
