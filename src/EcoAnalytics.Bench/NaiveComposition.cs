using System.Diagnostics;
using System.Globalization;
using EcoAnalytics.Rules;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Microsoft.Data.Analysis;
using RulesEngine.Models;

namespace EcoAnalytics.Bench;

/// <summary>
/// The naive composition of the same libraries, each run once on a sample and scaled to the whole workload, so that the
/// speed-up is shown, not claimed: <c>DataFrame.LoadCsv</c> on the long file, stock <c>ExecuteAllRulesAsync</c> per
/// county-year, <c>StudentT.InvCDF</c> per series, one <c>Normal.Sample</c> call per draw.
/// </summary>
internal static class NaiveComposition
{
    private static readonly Type[] ColumnTypes = [typeof(string), typeof(string), typeof(int), typeof(string), typeof(string), typeof(string)];

    /// <summary><c>DataFrame.LoadCsv</c> on the first <paramref name="fraction"/> of the file's rows; seconds scaled to all rows.</summary>
    public static (double Seconds, double Fraction) LoadCsv(NationalFile file, double fraction)
    {
        var lines = File.ReadLines(file.Path).ToList();
        var keep = Math.Max(2, (int)((lines.Count - 1) * fraction) + 1);
        var sample = Path.Combine(Path.GetTempPath(), $"eco-naive-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(sample, lines.Take(keep));
        try
        {
            var clock = Stopwatch.StartNew();
            var frame = DataFrame.LoadCsv(sample, dataTypes: ColumnTypes, cultureInfo: CultureInfo.InvariantCulture);
            clock.Stop();
            GC.KeepAlive(frame);
            var share = (keep - 1) / (double)(lines.Count - 1);
            return (clock.Elapsed.TotalSeconds / share, share);
        }
        finally
        {
            File.Delete(sample);
        }
    }

    /// <summary>Stock RulesEngine, one <c>ExecuteAllRulesAsync</c> per county-year on every <paramref name="every"/>-th county; scaled.</summary>
    public static double StockEnginePerRow(NationalRules data, int every)
    {
        var engine = StockEngine.Create(StockEngine.Deserialize(System.Text.Json.JsonSerializer.Serialize(new
        {
            WorkflowName = "national-30",
            Rules = data.Programme.Rules.Select(r => new { RuleName = r.Name, Expression = r.Expression }),
        })));
        var clock = Stopwatch.StartNew();
        var rows = 0;
        for (var c = 0; c < data.CountyCount; c += every)
        {
            for (var y = 0; y < data.YearCount; y++)
            {
                var input = HandWrittenEvaluator.Input(data, c, data.FirstYear + y, 0);
                _ = engine.ExecuteAllRulesAsync("national-30", [new RuleParameter(RuleInput.ParameterName, input)]).GetAwaiter().GetResult();
                rows++;
            }
        }

        clock.Stop();
        return clock.Elapsed.TotalSeconds * data.CountyCount * data.YearCount / rows;
    }

    /// <summary>Closed-form OLS with <c>StudentT.InvCDF</c> and <c>StudentT.CDF</c> per series, on every <paramref name="every"/>-th series; scaled.</summary>
    public static double InvCdfPerSeries(IReadOnlyList<(int Year, double Value)[]> series, double[] thresholds, int year, int every)
    {
        var clock = Stopwatch.StartNew();
        var sum = 0.0;
        var count = 0;
        for (var s = 0; s < series.Count; s += every)
        {
            var (a, b) = MathNet.Numerics.Fit.Line(series[s].Select(p => (double)p.Year).ToArray(), series[s].Select(p => p.Value).ToArray());
            var n = series[s].Length;
            var sse = series[s].Sum(p => Math.Pow(p.Value - a - (b * p.Year), 2));
            var t = StudentT.InvCDF(0, 1, n - 2, 0.9);
            var projection = a + (b * year);
            var se = Math.Sqrt(sse / (n - 2));
            sum += projection + (t * se) + (se > 0 ? 1 - StudentT.CDF(projection, se, n - 2, thresholds[s]) : 0);
            count++;
        }

        clock.Stop();
        GC.KeepAlive(sum);
        return clock.Elapsed.TotalSeconds * series.Count / count;
    }

    /// <summary>One <c>Normal.Sample</c> call per draw for 1 / <paramref name="every"/> of the draws; scaled.</summary>
    public static double PerDrawSampling(long draws, int every)
    {
        var random = new Xoshiro256StarStar(1);
        var n = draws / every;
        var clock = Stopwatch.StartNew();
        var sum = 0.0;
        for (long i = 0; i < n; i++)
        {
            sum += Normal.Sample(random, 0, 1);
        }

        clock.Stop();
        GC.KeepAlive(sum);
        return clock.Elapsed.TotalSeconds * every;
    }
}
