using System.Diagnostics;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation.Report;
using EcoAnalytics.Rules;
using EcoAnalytics.Simulation;
using EcoAnalytics.Synthetic;

namespace EcoAnalytics.Bench;

/// <summary>What <c>eco bench</c> runs.</summary>
public sealed record BenchOptions
{
    /// <summary>Counties in the generated national panel (default 2,850, every county-level unit).</summary>
    public int Counties { get; init; } = 2850;

    /// <summary>Years per series (default 10, 2015 on).</summary>
    public int Years { get; init; } = 10;

    /// <summary>Monte-Carlo paths per series (default 1,000).</summary>
    public int Paths { get; init; } = 1000;

    /// <summary>Counties in the HTML report stage (default 100, one province); 0 skips it.</summary>
    public int ReportCounties { get; init; } = 100;

    /// <summary>Whether to time R's forecast package on a sample (where Rscript is installed).</summary>
    public bool R { get; init; }

    /// <summary>The generator's seed.</summary>
    public int Seed { get; init; } = 20240101;

    /// <summary>The warm-up pass itself (no naive composition, no R, no further warm-up).</summary>
    internal bool WarmUp { get; init; }

    /// <summary>Called with the name of each stage as it starts.</summary>
    public IProgress<string>? Progress { get; init; }
}

/// <summary>
/// The national pipeline end to end on one generated panel (every value synthetic): load the long CSV → panel → wide
/// DataFrame; validate; evaluate a 30-rule workflow for every county-year; forecast every numeric series with calibrated
/// intervals and P(met); simulate paths per series with the joint probabilities; write the HTML report for one province.
/// Each stage is timed with its baseline in the same run (the best of each once its runs have settled, at least four; the report once), its
/// allocations and its peak memory.
/// </summary>
public static class PipelineBench
{
    private const int Horizon = 3;

    /// <summary>Runs everything <paramref name="options"/> asks for.</summary>
    public static BenchReport Run(BenchOptions? options = null)
    {
        options ??= new BenchOptions();
        if (!options.WarmUp)
        {
            // One small pass first, so that every stage is timed warm (just-in-time compilation not counted).
            options.Progress?.Report("warm-up");
            _ = Run(new BenchOptions { Counties = 20, Years = options.Years, Paths = 100, ReportCounties = 0, Seed = options.Seed + 1, WarmUp = true });
        }

        var stages = new List<BenchStage>();
        int? once = options.WarmUp ? 1 : null; // the warm-up only has to compile each stage: one run, no pauses
        options.Progress?.Report("generate");
        var file = NationalFile.Create(options.Counties, options.Years, options.Seed);
        var rows = File.ReadLines(file.Path).Count() - 1;

        options.Progress?.Report("load");
        Panel panel = null!;
        ObservationTable table = null!;
        var load = Measure(() =>
        {
            table = new ObservationReader(file.Catalog, file.Counties).Read([file.Path]).Value;
            panel = Panel.From(table);
            GC.KeepAlive(panel.ToDataFrame());
        },
            once);
        var plain = Time(() => GC.KeepAlive(PlainPivot.Run(file)), once);
        stages.Add(new BenchStage("load", $"{rows:N0} rows: read and check every row (ids, years, bounds, sources, duplicates, consistency) → panel → wide DataFrame", load.Seconds, "plain span parse + Dictionary pivot (no checks)", plain, 2, load.Allocated, load.Peak));

        var validate = Measure(() => Data.ObservationChecks.Run(table, []), once);
        stages.Add(new BenchStage("validate", "the cross-row checks alone (duplicates, good-air consistency), already inside load: not added to the pipeline", validate.Seconds, string.Empty, null, null, validate.Allocated, validate.Peak));

        options.Progress?.Report("evaluate");
        var rules = new NationalRules(panel, file.Counties);
        var compiled = CompiledProgramme.Compile(rules.Programme, panel.Catalog);
        var evaluationOptions = new EvaluationOptions { Counties = rules.AllCounties, Years = rules.Years };
        var results = rules.CountyCount * rules.YearCount * NationalRules.RuleCount;
        var evaluate = Measure(() => GC.KeepAlive(ProgrammeEvaluator.Evaluate(compiled, panel, file.Counties, null, evaluationOptions)), once);
        var lambdas = Time(() => HandWrittenEvaluator.Run(rules, new HandWrittenEvaluator.Output(results)), once);
        stages.Add(new BenchStage("evaluate", $"{results:N0} rule results (30 rules × every county-year)", evaluate.Seconds, "hand-written C# lambdas, same semantics", lambdas, 3, evaluate.Allocated, evaluate.Peak));

        options.Progress?.Report("forecast");
        var (series, keys, ranges) = Series(panel, file.Counties);
        var thresholds = series.Select(s => s[^1].Value + 2).ToArray();
        var deadline = panel.LastYear + Horizon;
        var ols = Time(() => GC.KeepAlive(Baselines.ClosedFormOls(series, thresholds, deadline)), once);
        var linear = Measure(() => GC.KeepAlive(Forecast(series, ranges, thresholds, deadline, TrendModel.Linear, null)), once);
        stages.Add(new BenchStage("forecast (linear)", $"{series.Count:N0} series: OLS fit, 80 % interval and P(met) at {deadline}", linear.Seconds, "closed-form OLS, t quantile once", ols, 2, linear.Allocated, linear.Peak));
        var fits = new TrendFit[series.Count];
        var auto = Measure(() => GC.KeepAlive(Forecast(series, ranges, thresholds, deadline, TrendModel.Auto, fits)), once);
        stages.Add(new BenchStage("forecast (auto, calibrated)", $"{series.Count:N0} series: model chosen per series (Theta on the logit scale for bounded ones), calibrated 80 % interval and P(met)", auto.Seconds, "closed-form OLS, t quantile once", ols, null, auto.Allocated, auto.Peak));

        options.Progress?.Report("simulate");
        var items = Items(fits, keys, thresholds, deadline, series);
        var simulationOptions = new SimulationOptions { Paths = options.Paths };
        var simulate = Measure(() => GC.KeepAlive(Simulator.RunCounties([(null, items, "benchmark: every rule binding")], panel, simulationOptions, [Scenario.Baseline])), once);
        var bulk = Time(() => GC.KeepAlive(Baselines.BulkNormalSampling(keys, options.Paths, simulationOptions.Seed)), once);
        stages.Add(new BenchStage("simulate", $"{items.Count:N0} series × {options.Paths:N0} paths: draws, every rule met or not, P(all binding) and leverage per county", simulate.Seconds, "bulk normal sampling, same number of draws", bulk, 2, simulate.Allocated, simulate.Peak));
        var pipelineSeconds = load.Seconds + evaluate.Seconds + auto.Seconds + simulate.Seconds;
        var pipelinePeak = new[] { load.Peak, evaluate.Peak, linear.Peak, auto.Peak, simulate.Peak }.Max();

        if (options.ReportCounties > 0)
        {
            options.Progress?.Report("report");
            var (seconds, allocated, peak, charts) = Report(options.ReportCounties, options.Seed);
            stages.Add(new BenchStage("report", $"HTML report for {options.ReportCounties} counties × the five bundled programmes ({charts:N0} charts)", seconds, string.Empty, null, null, allocated, peak));
        }

        if (options.WarmUp)
        {
            return new BenchReport(options.Counties, options.Years, file.Catalog.Count, options.Paths, stages, 0, 0, [], null, string.Empty);
        }

        options.Progress?.Report("naive");
        var naive = new List<NaiveStage>();
        var (loadCsv, share) = NaiveComposition.LoadCsv(file, Math.Min(1, 50_000.0 / Math.Max(1, rows)));
        naive.Add(new NaiveStage("load", "DataFrame.LoadCsv with explicit column types (long frame, no checks, no pivot)", share, loadCsv, load.Seconds));
        var every = Math.Max(1, rules.CountyCount / 28);
        naive.Add(new NaiveStage("evaluate", "stock RulesEngine ExecuteAllRulesAsync per county-year", 1.0 / every, NaiveComposition.StockEnginePerRow(rules, every), evaluate.Seconds));
        naive.Add(new NaiveStage("forecast", "MathNet Fit.Line with StudentT.InvCDF and CDF per series", 0.1, NaiveComposition.InvCdfPerSeries(series, thresholds, deadline, 10), linear.Seconds));
        naive.Add(new NaiveStage("simulate", "one Normal.Sample call per draw (draws only)", 0.01, NaiveComposition.PerDrawSampling((long)items.Count * options.Paths, 100), simulate.Seconds));

        RComparison? r = null;
        if (options.R)
        {
            options.Progress?.Report("R");
            r = RSideBySide.Run(series.Where((_, i) => i % Math.Max(1, series.Count / 200) == 0).Take(200).ToList(), ValueRange.Unlimited, Horizon);
        }

        var machine = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        return new BenchReport(options.Counties, options.Years, file.Catalog.Count, options.Paths, stages, pipelineSeconds, pipelinePeak, naive, r, machine);
    }

    private static double Forecast(List<(int Year, double Value)[]> series, ValueRange[] ranges, double[] thresholds, int deadline, TrendModel model, TrendFit[]? keep)
    {
        var sum = 0.0;
        for (var s = 0; s < series.Count; s++)
        {
            var fit = Trend.Fit(series[s], model, new TrendOptions { Range = ranges[s] });
            if (keep is not null)
            {
                keep[s] = fit;
            }

            if (fit.Success)
            {
                sum += fit.Predict(deadline, 0.8).Upper + fit.ProbabilityAtLeast(deadline, thresholds[s]);
            }
        }

        return sum;
    }

    // Every numeric series with at least three points, in county-major order.
    private static (List<(int Year, double Value)[]>, List<(string County, string Indicator)>, ValueRange[]) Series(Panel panel, CountyRegistry counties)
    {
        var series = new List<(int Year, double Value)[]>();
        var keys = new List<(string, string)>();
        var ranges = new List<ValueRange>();
        var numeric = panel.Catalog.Select((indicator, index) => (indicator, index)).Where(x => x.indicator.Kind != IndicatorKind.Status).ToList();
        for (var c = 0; c < counties.Count; c++)
        {
            foreach (var (indicator, index) in numeric)
            {
                var points = panel.Points(c, index).Points;
                if (points.Count >= 3)
                {
                    series.Add(points as (int, double)[] ?? points.ToArray());
                    keys.Add((counties[c].Id, indicator.Code));
                    ranges.Add(indicator.Range);
                }
            }
        }

        return (series, keys, ranges.ToArray());
    }

    private static List<SimulationItem> Items(TrendFit[] fits, List<(string County, string Indicator)> keys, double[] thresholds, int deadline, List<(int Year, double Value)[]> series)
    {
        var items = new List<SimulationItem>(fits.Length);
        for (var s = 0; s < fits.Length; s++)
        {
            if (!fits[s].Success || fits[s].LastYear >= deadline)
            {
                continue;
            }

            items.Add(new SimulationItem
            {
                County = keys[s].County, Programme = "national", Rule = keys[s].Indicator, Indicator = keys[s].Indicator, Binding = true,
                Basis = OutcomeBasis.Projected, Goal = new ForecastGoal(thresholds[s], deadline, Direction.HigherIsBetter), Fit = fits[s], Target = thresholds[s],
                TypicalChange = SimulationItem.MeanAbsoluteChange(series[s]), Note = "synthetic benchmark series", IsSynthetic = true,
            });
        }

        return items;
    }

    private static (double Seconds, long Allocated, long Peak, int Charts) Report(int counties, int seed)
    {
        var bundled = Dataset.LoadBundled();
        var national = PanelGenerator.GenerateNational(bundled.Catalog, counties: counties, indicators: bundled.Catalog.Count, seed: seed);
        var dataset = Dataset.FromTables(national.Observations);
        var programmes = Directory.GetFiles(Bundled.RulesFolder, "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => CompiledProgramme.Load(f, dataset.Catalog).Value).OfType<CompiledProgramme>().ToList();
        var path = Path.Combine(Path.GetTempPath(), $"eco-bench-report-{Environment.ProcessId}.html");
        var charts = 0;
        try
        {
            var run = Measure(
                () =>
            {
                var options = new ReportOptions { AnyProgramme = true, Evaluation = new EvaluationOptions { Counties = national.Counties.Select(c => c.Id).ToList() } };
                charts = HtmlReport.Write(ReportData.Build(dataset, programmes, options), path);
            },
                runs: 1);
            return (run.Seconds, run.Allocated, run.Peak, charts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Each stage and baseline runs until its best time settles and reports that best. A single run can catch a full
    // garbage collection of the large heap the earlier stages left, a busy neighbour on a shared host, or run before
    // tiered compilation has optimised the small methods a stage calls a hundred thousand times (the JIT promotes them
    // in the background, a while after they become hot and only once no new method has been compiled for a moment, so a
    // stage that takes 100 ms can be over before that). So a pause before each of the first runs, then runs until there
    // have been at least MinRuns, at least MinSeconds in all, and the last run did not beat the best by more than
    // Settled, at most MaxRuns: the stage's own cost at steady state, for ours and the baseline alike.
    private const int MinRuns = 4, MaxRuns = 20;
    private const double MinSeconds = 1.0, Settled = 0.03;

    /// <summary>How every time in a report was taken, in one sentence (printed with the figures).</summary>
    public static string Method { get; } = string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"Each time is the best run of its stage or baseline once the runs settle (at least {MinRuns} runs and {MinSeconds:0.#} s, until a run no longer beats the best by {Settled:P0}, at most {MaxRuns}; the report once), after a warm-up pass.");
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private static (double Seconds, long Allocated, long Peak) Measure(Action work, int? runs = null)
    {
        long allocated = 0, peak = 0;
        var best = Repeat(
            () =>
            {
                PeakMemory.Reset();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                work();
                clock.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                peak = Math.Max(peak, PeakMemory.Bytes());
                return clock.Elapsed.TotalSeconds;
            },
            runs);
        return (best, allocated, peak);
    }

    private static double Time(Action work, int? runs = null) => Repeat(
        () =>
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            work();
            return clock.Elapsed.TotalSeconds;
        },
        runs);

    private static double Repeat(Func<double> run, int? runs)
    {
        var best = double.PositiveInfinity;
        var total = 0.0;
        for (var i = 0; i < (runs ?? MaxRuns); i++)
        {
            if (runs is null && i < MinRuns)
            {
                Thread.Sleep(Pause);
            }

            var seconds = run();
            total += seconds;
            var improved = seconds < best * (1 - Settled);
            best = Math.Min(best, seconds);
            if (runs is null && i + 1 >= MinRuns && total >= MinSeconds && !improved)
            {
                break;
            }
        }

        return best;
    }
}
