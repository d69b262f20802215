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
        var groups = new List<(CompiledProgramme Programme, List<SimulationItem> Items, string BindingNote)>();
        foreach (var programme in programmes)
        {
            var (items, note) = ItemBuilder.Build(programme, dataset, options);
            groups.Add((programme, items, note));
        }

        var counties = groups.SelectMany(g => g.Items.Select(i => i.County)).Distinct(StringComparer.Ordinal).ToList();
        var perCounty = new (List<SimulatedRule> Rules, List<JointOutcome> Joint, DependenceSummary Summary)[counties.Count];
        var done = 0;
        Parallel.For(0, counties.Count, c =>
        {
            var county = counties[c];
            var items = groups.SelectMany(g => g.Items.Where(i => i.County == county)).ToList();
            var sampler = PathSampler.For(county, items, dataset.Panel, options);
            var rules = new List<SimulatedRule>();
            var joint = new List<JointOutcome>();
            foreach (var scenario in scenarios)
            {
                foreach (var (programme, all, bindingNote) in groups)
                {
                    var mine = all.Where(i => i.County == county).ToList();
                    if (mine.Count > 0)
                    {
                        JointCalculator.Run(scenario, mine, sampler, bindingNote, rules, joint);
                    }
                }
            }

            perCounty[c] = (rules, joint, sampler.Summary);
            options.Progress?.Report((double)Interlocked.Increment(ref done) / counties.Count);
        });

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
}
