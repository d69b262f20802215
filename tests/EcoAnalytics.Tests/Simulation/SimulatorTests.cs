using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Io;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.Simulation;
using static EcoAnalytics.Tests.Support.RuleFixtures;

namespace EcoAnalytics.Tests.Simulation;

public sealed class SimulatorTests
{
    private const string Real = "seed:test.txt#L1";

    private static readonly Lazy<(Dataset Data, List<CompiledProgramme> Programmes)> BundledData = new(() =>
    {
        var data = Dataset.LoadBundled();
        var programmes = Directory.GetFiles(Bundled.RulesFolder, "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => CompiledProgramme.Load(f, data.Catalog).Value!).ToList();
        return (data, programmes);
    });

    // Every bundled rule judged in 2026, so that most are projected rather than already decided.
    private static SimulationOptions Inspection(int paths = 10_000, ulong seed = 1, params Scenario[] scenarios) => new()
    {
        Paths = paths,
        Seed = seed,
        InspectionYear = 2026,
        Scenarios = scenarios,
        Forecast = new ForecastOptions { DefaultDeadline = ForecastOptions.PlanPeriodEnd },
    };

    private static SimulationResult Bundle(SimulationOptions options) => Simulator.Simulate(BundledData.Value.Programmes, BundledData.Value.Data, options);

    private static string Csv(SimulationResult result)
    {
        var text = new StringWriter();
        CsvFormat.WriteRow(text, SimulationCells.Columns);
        foreach (var row in SimulationCells.Rows(result))
        {
            CsvFormat.WriteRow(text, row);
        }

        return text.ToString();
    }

    [Fact]
    public void SameSeed_SameBytes_OtherSeed_OtherNumbers()
    {
        var first = Csv(Bundle(Inspection(2_000, 7)));
        var again = Csv(Bundle(Inspection(2_000, 7)));
        var other = Csv(Bundle(Inspection(2_000, 8)));
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void MonteCarloMarginals_MatchClosedForm_WithinFourAndAHalfStandardErrors()
    {
        // Stated tolerance: |simulated − closed form| ≤ 4.5·√(p(1 − p)/paths) + 1e-12 for every projected rule.
        var result = Bundle(Inspection());
        var projected = result.Rules.Where(r => r.Basis == OutcomeBasis.Projected).ToList();
        Assert.True(projected.Count > 100, $"only {projected.Count} projected rows");
        foreach (var row in projected)
        {
            var p = row.Probability!.Value;
            var tolerance = (4.5 * Math.Sqrt(p * (1 - p) / result.Paths)) + 1e-12;
            Assert.True(Math.Abs(row.Simulated!.Value - p) <= tolerance, $"{row.Scenario} {row.County} {row.Rule}: simulated {row.Simulated} vs closed form {p}");
        }

        Assert.Contains(projected, r => r.Probability is > 0.05 and < 0.95);
    }

    [Fact]
    public void BaselineProbability_IsTheOutlooksProbability()
    {
        var (data, programmes) = BundledData.Value;
        var options = new SimulationOptions { Paths = 200, Forecast = new ForecastOptions { DefaultDeadline = ForecastOptions.PlanPeriodEnd } };
        var result = Simulator.Simulate(programmes, data, options);
        var outlook = programmes.SelectMany(p => ProgrammeForecaster.Forecast(p, data, options.Forecast)).ToList();
        var checkedRows = 0;
        foreach (var row in result.RulesOf(Scenario.BaselineName).Where(r => r.Basis is OutcomeBasis.Projected && r.Goal.Target is not null))
        {
            var same = outlook.Single(o => o.Programme == row.Programme && o.County == row.County && o.Rule == row.Rule && o.Indicator == row.Indicator);
            if (same.Kind != OutlookKind.Target)
            {
                continue;
            }

            Assert.Equal(same.ProbabilityMet!.Value, row.Probability!.Value, 12);
            checkedRows++;
        }

        Assert.True(checkedRows > 10, $"only {checkedRows} rows compared");
    }

    [Fact]
    public void Push_NeverLowers_Shock_NeverRaises_AnyProbability()
    {
        var push = new Scenario("push", [new PushStep("*", 2, 2025)]);
        var shock = new Scenario("shock", [new ShockStep("*", 3, 2025)]);
        var result = Bundle(Inspection(3_000, 1, push, shock));
        var baseline = result.RulesOf(Scenario.BaselineName).ToDictionary(r => (r.Programme, r.County, r.Rule, r.Indicator));
        foreach (var row in result.Rules.Where(r => r.Scenario != Scenario.BaselineName && r.Probability is not null))
        {
            var b = baseline[(row.Programme, row.County, row.Rule, row.Indicator)];
            if (row.Scenario == "push")
            {
                Assert.True(row.Probability >= b.Probability && row.Simulated >= b.Simulated, $"push lowered {row.Rule}: {b.Probability} → {row.Probability}");
            }
            else
            {
                Assert.True(row.Probability <= b.Probability && row.Simulated <= b.Simulated, $"shock raised {row.Rule}: {b.Probability} → {row.Probability}");
            }
        }

        foreach (var joint in result.Joint.Where(j => j.Scenario != Scenario.BaselineName))
        {
            var b = result.JointFor(joint.County, joint.Programme, Scenario.BaselineName, joint.Measure)!;
            Assert.True(joint.Scenario == "push" ? joint.Simulated >= b.Simulated : joint.Simulated <= b.Simulated, $"{joint.Scenario} moved {joint.Programme} the wrong way");
        }

        Assert.Contains(result.Rules, r => r.Scenario == "push" && r.Shift > 0);
        Assert.Contains(result.Rules, r => r.Scenario == "push" && r.Probability > baseline[(r.Programme, r.County, r.Rule, r.Indicator)].Probability + 0.01);
    }

    [Fact]
    public void IndependentJoint_IsTheProduct_AndMonteCarloAgrees()
    {
        var data = Table(
            ("hill", "forest", 2016, 50.0, Real), ("hill", "forest", 2017, 51.0, Real), ("hill", "forest", 2018, 53.0, Real), ("hill", "forest", 2019, 54.0, Real), ("hill", "forest", 2020, 56.0, Real),
            ("hill", "pm25", 2016, 60.0, Real), ("hill", "pm25", 2017, 57.0, Real), ("hill", "pm25", 2018, 55.5, Real), ("hill", "pm25", 2019, 51.0, Real), ("hill", "pm25", 2020, 49.0, Real));
        var result = Simulator.Simulate(TwoRules(), Dataset.FromTables(data), new SimulationOptions { Paths = 40_000, Dependence = DependenceMode.Independent });
        var rules = result.Rules.Where(r => r.Basis == OutcomeBasis.Projected).ToList();
        Assert.Equal(2, rules.Count);
        var joint = result.JointFor("hill", "test-programme", Scenario.BaselineName)!;
        Assert.Equal(rules[0].Probability!.Value * rules[1].Probability!.Value, joint.Probability, 12);
        Assert.Equal("closed form (independence)", joint.Method);
        Assert.True(Math.Abs(joint.Simulated - joint.Probability) <= 4.5 * joint.StandardError + 1e-9, $"{joint.Simulated} vs {joint.Probability}");

        // Leverage under independence: the product with the improved rule's probability, minus the product.
        foreach (var rule in rules)
        {
            Assert.True(rule.LeverageBinding > 0, $"{rule.Rule} has no leverage");
            Assert.Equal(rule.LeverageBinding, rule.LeverageAll);
        }
    }

    [Fact]
    public void ObservedCorrelation_IsEstimated_AndRaisesTheJointChanceOfTwoCoMovingTargets()
    {
        // Ten observed years of two indicators whose deviations from trend move together.
        var wiggle = new[] { 1.2, -0.8, 0.5, -1.5, 1.0, -0.3, 0.9, -1.1, 0.4, -0.6 };
        var rows = new List<(string, string, int, object, string)>();
        for (var i = 0; i < wiggle.Length; i++)
        {
            rows.Add(("hill", "forest", 2011 + i, 50 + (0.6 * i) + wiggle[i], Real));
            rows.Add(("hill", "straw", 2011 + i, 60 + (0.5 * i) + (0.9 * wiggle[i]) + (i % 3 == 0 ? 0.1 : -0.05), Real));
        }

        var programme = CompiledProgramme.Compile(Parse(new System.Text.Json.Nodes.JsonArray(
            Rule("R1", "forest", 57), Rule("R2", "straw", 66))), Support.RuleFixtures.Catalog);
        var dataset = Dataset.FromTables(Table([.. rows]));
        var result = Simulator.Simulate(programme, dataset, new SimulationOptions { Paths = 40_000 });
        var dependence = Assert.Single(result.Dependence);
        Assert.Equal(1, dependence.PairsEstimated);
        var joint = result.JointFor("hill", "test-programme", Scenario.BaselineName)!;
        Assert.Equal("monte carlo (correlated)", joint.Method);
        Assert.True(joint.Simulated > joint.Independent + (4 * joint.StandardError), $"joint {joint.Simulated} vs independent {joint.Independent}");

        // Leverage on the same draws equals the rise a push of one typical change in the deadline year gives.
        foreach (var rule in result.Rules.Where(r => r.Basis == OutcomeBasis.Projected))
        {
            var push = new Scenario("one typical change", [new PushStep(rule.Rule, rule.TypicalChange!.Value, 2023)]);
            var pushed = Simulator.Simulate(programme, dataset, new SimulationOptions { Paths = 40_000, Scenarios = [push] });
            var rise = pushed.JointFor("hill", "test-programme", push.Name)!.Simulated - pushed.JointFor("hill", "test-programme", Scenario.BaselineName)!.Simulated;
            Assert.True(rule.LeverageBinding > 0, $"{rule.Rule}: no leverage");
            Assert.Equal(rise, rule.LeverageBinding!.Value, 12);
        }

        // Synthetic values never feed the correlation.
        var synthetic = Dataset.FromTables(Table([.. rows.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4, Sources.Synthetic))]));
        Assert.True(Assert.Single(Simulator.Simulate(programme, synthetic, new SimulationOptions { Paths = 1_000 }).Dependence).IsIndependent);
    }

    [Fact]
    public void OneCountyAlone_GivesTheSameNumbersAsInTheWholeRun()
    {
        var all = Bundle(Inspection(1_000, 3));
        var (data, programmes) = BundledData.Value;
        var lushi = Simulator.Simulate(programmes.Where(p => p.Programme.County == "lushi").ToList(), data, Inspection(1_000, 3));
        var fromAll = all.Rules.Where(r => r.County == "lushi").Select(r => (r.Rule, r.Simulated)).ToList();
        Assert.Equal(fromAll, lushi.Rules.Select(r => (r.Rule, r.Simulated)).ToList());
    }

    [Fact]
    public void StatusAndPassedDeadlines_AreFixed_AndExcludedRulesAreCounted()
    {
        var result = Bundle(new SimulationOptions { Paths = 500, Forecast = new ForecastOptions { DefaultDeadline = 2025 } });
        Assert.Contains(result.Rules, r => r.Basis == OutcomeBasis.Status && r.Probability is 0 or 1);
        Assert.Contains(result.Rules, r => r.Basis == OutcomeBasis.Observed && r.Probability is 0 or 1 && r.Simulated == r.Probability);
        foreach (var joint in result.Joint)
        {
            var members = result.Rules.Where(r => r.Scenario == joint.Scenario && r.County == joint.County && r.Programme == joint.Programme
                && r.Basis != OutcomeBasis.Excluded && (joint.Measure == JointMeasure.All || r.Binding)).ToList();
            Assert.Equal(members.Count, joint.Rules);
            if (members.Any(m => m.Basis != OutcomeBasis.Projected && m.Probability == 0))
            {
                Assert.Equal(0, joint.Simulated);
                Assert.Contains("fail now", joint.Note, StringComparison.Ordinal);
            }
        }

        Assert.All(result.Rules.Where(r => r.IsSynthetic), r => Assert.StartsWith(Sources.SyntheticMarker, r.Note, StringComparison.Ordinal));
    }

    private static CompiledProgramme TwoRules() => CompiledProgramme.Compile(Parse(new System.Text.Json.Nodes.JsonArray(
        Rule("R1", "forest", 60),
        System.Text.Json.Nodes.JsonNode.Parse("""{"RuleName":"R2","Expression":"x.Value <= x.Threshold","Properties":{"indicator":"pm25","requirement":"threshold","comparator":"<=","thresholds":{"target":42},"deadline":2023,"source":{"document":"test.txt","line":2,"item":"2","quote":"test"}}}""")!)), Support.RuleFixtures.Catalog);

    private static System.Text.Json.Nodes.JsonNode Rule(string name, string indicator, double target) => System.Text.Json.Nodes.JsonNode.Parse(
        "{\"RuleName\":\"" + name + "\",\"Expression\":\"x.Value >= x.Threshold\",\"Properties\":{\"indicator\":\"" + indicator
        + "\",\"requirement\":\"threshold\",\"comparator\":\">=\",\"thresholds\":{\"target\":" + target.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "},\"deadline\":2023,\"source\":{\"document\":\"test.txt\",\"line\":1,\"item\":\"1\",\"quote\":\"test\"}}}")!;
}
