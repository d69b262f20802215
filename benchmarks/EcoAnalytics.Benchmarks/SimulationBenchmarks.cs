using BenchmarkDotNet.Attributes;
using EcoAnalytics.Bench;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// The simulator (issue 14). <see cref="DemonstrationCounties"/>: the four bundled counties, every rule of the five
/// programmes, 10,000 paths, judged in 2026, end to end (outlook, evaluation, fits, draws, joint and leverage).
/// National scale: 114,000 series (2,850 counties × 40 indicators, fitted in setup) × 1,000 paths, the Monte-Carlo
/// core (draws, marginal, joint and leverage per county) against the same number of bulk standard-normal draws
/// (<c>Normal.Samples</c> into a buffer, one stream per series, both on all cores). The closed form of the same
/// marginal probabilities is timed too: it is what the simulator reports where it is exact.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private const int Counties = 2850;
    private const int Indicators = 40;
    private const int Paths = 1000;

    private List<CompiledProgramme> _programmes = null!;
    private Dataset _bundled = null!;
    private List<(CompiledProgramme?, List<SimulationItem>, string)> _national = null!;
    private Panel _nationalPanel = null!;
    private SimulationOptions _nationalOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bundled = Dataset.LoadBundled();
        _programmes = Directory.GetFiles(Bundled.RulesFolder, "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => CompiledProgramme.Load(f, _bundled.Catalog).Value!).ToList();
        (_national, _nationalPanel) = NationalItems();
        _nationalOptions = new SimulationOptions { Paths = Paths, Dependence = DependenceMode.Independent };
    }

    [Benchmark]
    public int DemonstrationCounties() =>
        Simulator.Simulate(_programmes, _bundled, new SimulationOptions
        {
            Paths = 10_000,
            InspectionYear = 2026,
            Forecast = new ForecastOptions { DefaultDeadline = ForecastOptions.PlanPeriodEnd },
        }).Rules.Count;

    [Benchmark(Baseline = true)]
    public double BulkNormalSampling() =>
        Baselines.BulkNormalSampling(_national[0].Item2.Select(item => (item.County, item.Indicator)).ToList(), Paths, 1);

    [Benchmark]
    public int NationalMonteCarlo() =>
        Simulator.RunCounties(_national, _nationalPanel, _nationalOptions, [Scenario.Baseline]).Sum(c => c.Joint.Count);

    [Benchmark]
    public double NationalClosedForm()
    {
        var sum = 0.0;
        foreach (var (_, items, _) in _national)
        {
            foreach (var item in items)
            {
                sum += item.Probability(0);
            }
        }

        return sum;
    }

    // 114,000 ten-point series on 0–100, fitted with Auto (calibrated), each with a target by 2027.
    private static (List<(CompiledProgramme?, List<SimulationItem>, string)>, Panel) NationalItems()
    {
        var random = new Random(20241201);
        var indicators = Enumerable.Range(0, Indicators).Select(i => new Indicator($"ind{i:00}", $"指标{i:00}", $"Indicator {i}", "%", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, 100, "生态安全", [$"指标{i:00}"])).ToList();
        var counties = Enumerable.Range(0, Counties).Select(c => new County($"syn{c:0000}", $"合成县{c:0000}", $"Synthetic {c}", "county", "synthetic", "synthetic", Terrain.Hill, "synthetic", false)).ToList();
        var panel = Panel.Empty(new IndicatorCatalog(indicators), counties, 2015, 2024);
        var items = new List<SimulationItem>(Counties * Indicators);
        var options = new TrendOptions { Range = ValueRange.Percent };
        for (var c = 0; c < Counties; c++)
        {
            for (var i = 0; i < Indicators; i++)
            {
                var level = 40 + (random.NextDouble() * 40);
                var slope = (random.NextDouble() - 0.3) * 1.5;
                var points = Enumerable.Range(0, 10).Select(y => (2015 + y, Math.Clamp(level + (slope * y) + ((random.NextDouble() - 0.5) * 3), 0, 100))).ToArray();
                var fit = Trend.Fit(points, TrendModel.Auto, options);
                var target = level + (slope * 12) + ((random.NextDouble() - 0.5) * 6);
                items.Add(new SimulationItem
                {
                    County = counties[c].Id, Programme = "national", Rule = $"R{i:00}", Indicator = indicators[i].Code, Binding = true,
                    Basis = OutcomeBasis.Projected, Goal = new ForecastGoal(target, 2027, Direction.HigherIsBetter), Fit = fit, Target = target,
                    TypicalChange = SimulationItem.MeanAbsoluteChange(points), Note = "synthetic benchmark series", IsSynthetic = true,
                });
            }
        }

        return ([(null, items, "benchmark: every rule binding")], panel);
    }
}
