using EcoAnalytics.Outlook;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Simulation;

/// <summary>
/// Monte-Carlo trajectories of one projected rule, year by year from the latest observation to the deadline, drawn as
/// the simulator draws them: a Brownian standard-normal path e_h, mapped through each year's calibrated predictive
/// distribution (value = its quantile at Φ(e_h)), plus the scenario's shift, kept within the indicator's range. Every
/// year's marginal is exactly the predictive distribution; successive years are dependent. Seeded: the same seed gives
/// the same paths.
/// </summary>
public static class Trajectories
{
    /// <summary>
    /// <paramref name="paths"/> trajectories of <paramref name="row"/> under <paramref name="scenario"/> (null: the
    /// baseline); each starts with the latest observation. Empty unless the row is projected.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<YearValue>> Sample(SimulatedRule row, Scenario? scenario = null, int paths = 50, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        if (row.Fit is not { Success: true, LastYear: { } last } fit || row.Goal.Deadline is not { } deadline || row.Latest is not { } latest || deadline <= last)
        {
            return [];
        }

        scenario ??= Scenario.Baseline;
        var better = SimulationItem.Sign(row.Goal.Direction);
        var random = new NormalStream(PathSampler.StreamSeed(seed, row.County, row.Indicator));
        var horizons = deadline - last;
        var increments = new double[horizons];
        var result = new List<IReadOnlyList<YearValue>>(paths);
        for (var p = 0; p < paths; p++)
        {
            random.Fill(increments);
            var path = new List<YearValue>(horizons + 1) { latest };
            var sum = 0.0;
            for (var h = 1; h <= horizons; h++)
            {
                sum += increments[h - 1];
                var year = last + h;
                var u = Math.Clamp(Normal.CDF(0, 1, sum / Math.Sqrt(h)), 1e-12, 1 - 1e-12);
                var shift = scenario.Steps.Where(s => s.AppliesTo(row.Rule, row.Indicator)).Sum(s => s.Shift(year, last, better, fit.Project));
                path.Add(new YearValue(year, fit.Range.Clamp(fit.Range.Clamp(fit.Distribution(year).Quantile(u)) + shift)));
            }

            result.Add(path);
        }

        return result;
    }
}
