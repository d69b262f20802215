using EcoAnalytics.Data;

namespace EcoAnalytics.Simulation;

/// <summary>
/// One programme, one county, one scenario: marginal, joint and leverage figures from the shared draws. A rule is met
/// on a path when Better·e ≥ its cut-off (<see cref="SimulationItem.CutOff"/>), so no draw is ever transformed.
/// Leverage uses the same paths: improving one rule can only help on paths where it is the single failing rule.
/// </summary>
internal static class JointCalculator
{
    public static void Run(Scenario scenario, List<SimulationItem> items, PathSampler sampler, string bindingNote, List<SimulatedRule> rules, List<JointOutcome> joint)
    {
        var paths = sampler.Paths;
        var included = items.Where(i => i.Basis != OutcomeBasis.Excluded).ToList();
        var shift = included.Select(i => i.ShiftUnder(scenario)).ToArray();
        var probability = included.Select((i, k) => i.Probability(shift[k])).ToArray();
        var improved = included.Select((i, k) => i.ImprovedProbability(shift[k])).ToArray();
        var measures = new[] { JointMeasure.AllBinding, JointMeasure.All };
        var counts = measures.Select(_ => new FailureCounts(paths)).ToArray();
        var simulated = new double[included.Count];
        for (var k = 0; k < included.Count; k++)
        {
            var item = included[k];
            var cut = SimulationItem.CutOff(probability[k]);
            var met = 0;
            var draws = item.IsProjected ? sampler.Draws(item) : null;
            for (var p = 0; p < paths; p++)
            {
                var ok = Meets(item, draws, p, cut);
                if (ok)
                {
                    met++;
                    continue;
                }

                counts[1].Fail(p, k);
                if (item.Binding)
                {
                    counts[0].Fail(p, k);
                }
            }

            simulated[k] = (double)met / paths;
        }

        var independent = sampler.Summary.IsIndependent;
        var improvedCut = improved.Select(p => p is { } q ? SimulationItem.CutOff(q) : double.PositiveInfinity).ToArray();
        var leverage = new double?[measures.Length][];
        var outcomes = new JointOutcome[measures.Length];
        for (var m = 0; m < measures.Length; m++)
        {
            var inMeasure = included.Select(i => measures[m] == JointMeasure.All || i.Binding).ToArray();
            var product = Product(probability, inMeasure, skip: -1);
            var simulatedJoint = counts[m].AllMet / (double)paths;
            leverage[m] = new double?[included.Count];
            var gained = independent ? null : counts[m].GainsIfImproved(included, improvedCut, sampler);
            for (var k = 0; k < included.Count; k++)
            {
                leverage[m][k] = !inMeasure[k] ? 0
                    : improved[k] is not { } better ? null
                    : independent ? (Product(probability, inMeasure, skip: k) * better) - product
                    : (double)gained![k] / paths;
            }

            var members = included.Where((_, k) => inMeasure[k]).ToList();
            var failing = Enumerable.Range(0, included.Count).Where(k => inMeasure[k] && probability[k] < 1)
                .OrderBy(k => probability[k]).ThenBy(k => included[k].Rule, StringComparer.Ordinal).Take(3).Select(k => included[k].Rule).ToList();
            var fixedFailures = members.Where(i => !i.IsProjected && !i.FixedMet).Select(i => i.Rule).ToList();
            var note = bindingNote;
            if (fixedFailures.Count > 0)
            {
                note += $"; {fixedFailures.Count} rule(s) fail now and are not projected ({string.Join(", ", fixedFailures.Take(5))}{(fixedFailures.Count > 5 ? ", …" : string.Empty)}), so no path passes: their leverage shows what meeting them gives";
            }

            var excluded = items.Count(i => i.Basis == OutcomeBasis.Excluded && (measures[m] == JointMeasure.All || i.Binding));
            if (excluded > 0)
            {
                note += $"; {excluded} rule(s) left out (no data, no target, not in the threshold set or not projectable): the joint probability covers the others only";
            }

            var se = Math.Sqrt(simulatedJoint * (1 - simulatedJoint) / paths);
            outcomes[m] = new JointOutcome(
                scenario.Name, items[0].County, items[0].Programme, measures[m],
                independent ? product : simulatedJoint, simulatedJoint, se, product,
                independent ? "closed form (independence)" : "monte carlo (correlated)",
                members.Count, excluded, failing, sampler.Summary.Description, note)
            { IsSynthetic = members.Any(i => i.IsSynthetic) };
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item.Basis == OutcomeBasis.Excluded)
            {
                rules.Add(Row(scenario, item, 0, null, null, null, null, null));
                continue;
            }

            var k = index++;
            var p = simulated[k];
            rules.Add(Row(scenario, item, shift[k], probability[k], p, Math.Sqrt(p * (1 - p) / paths), leverage[0][k], leverage[1][k]));
        }

        joint.AddRange(outcomes);
    }

    private static bool Meets(SimulationItem item, double[]? draws, int path, double cut) =>
        double.IsNegativeInfinity(cut) || (!double.IsPositiveInfinity(cut) && draws is not null && item.Better * draws[path] >= cut);

    private static double Product(double[] probability, bool[] member, int skip)
    {
        var product = 1.0;
        for (var k = 0; k < probability.Length; k++)
        {
            if (member[k] && k != skip)
            {
                product *= probability[k];
            }
        }

        return product;
    }

    private static SimulatedRule Row(Scenario scenario, SimulationItem item, double shift, double? probability, double? simulated, double? se, double? binding, double? all) =>
        new(scenario.Name, item.County, item.Programme, item.Rule, item.Indicator, item.Binding, item.Basis, item.Goal, item.Latest, shift,
            probability, simulated, se, item.TypicalChange, item.Binding ? binding : 0, all, (item.IsSynthetic ? Sources.SyntheticMarker : string.Empty) + StripMarker(item.Note))
        { IsSynthetic = item.IsSynthetic, Fit = item.Fit, TargetLabel = item.Labels.Target, LatestLabel = item.Labels.Latest };

    private static string StripMarker(string note) =>
        note.Replace(Sources.SyntheticMarker, string.Empty, StringComparison.Ordinal);

    /// <summary>Per path: how many rules fail, and which one when only one does.</summary>
    private sealed class FailureCounts(int paths)
    {
        private readonly int[] _failures = new int[paths];
        private readonly int[] _last = new int[paths];

        public int AllMet => _failures.AsSpan().Count(0);

        public void Fail(int path, int item)
        {
            _failures[path]++;
            _last[path] = item;
        }

        /// <summary>
        /// Per item, the paths on which it is the only failing rule and would be met if improved (cut-offs
        /// <paramref name="cuts"/>): one pass over the paths, whatever the number of rules.
        /// </summary>
        public int[] GainsIfImproved(List<SimulationItem> items, double[] cuts, PathSampler sampler)
        {
            var gained = new int[items.Count];
            var draws = items.Select(i => i.IsProjected ? sampler.Draws(i) : null).ToArray();
            for (var p = 0; p < _failures.Length; p++)
            {
                if (_failures[p] == 1)
                {
                    var k = _last[p];
                    if (Meets(items[k], draws[k], p, cuts[k]))
                    {
                        gained[k]++;
                    }
                }
            }

            return gained;
        }
    }
}
