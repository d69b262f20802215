using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// Synthetic targets "assigned by the upper level" (完成上级规定的目标任务) for a demonstration panel: each year's
/// target asks for a modest improvement on the county's own value of the year before — 2–6 % lower for
/// lower-is-better indicators, 0.3–1.5 points (or 1–4 %) higher otherwise, within the indicator's bounds. Real
/// assigned targets are kept and never overwritten; a year whose previous value is missing gets no target.
/// </summary>
internal static class AssignedTargets
{
    public static ObservationTable Generate(Dataset real, Panel observations, IEnumerable<(string County, string Indicator)> pairs, int firstYear, int lastYear, int seed)
    {
        var table = real.NewTable();
        var taken = new HashSet<(string, string, int)>();
        foreach (var row in real.AssignedTargets.Where(o => !o.IsSynthetic))
        {
            table.Add(row);
            taken.Add((row.County, row.Indicator, row.Year));
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"synthetic: demonstration assigned target, seed {seed}; an improvement on the county's previous-year value");
        foreach (var (county, code) in pairs.Distinct().OrderBy(p => p.County, StringComparer.Ordinal).ThenBy(p => p.Indicator, StringComparer.Ordinal))
        {
            var indicator = real.Catalog.Find(code);
            if (indicator is null || real.Counties.Find(county) is null)
            {
                continue;
            }

            if (indicator.Kind == IndicatorKind.Status)
            {
                AddTasks(table, taken, county, indicator, firstYear, lastYear, seed);
                continue;
            }

            if (indicator.ChangeOf is { } level && real.Catalog.Find(level) is { } of)
            {
                AddChanges(table, taken, observations, county, indicator, of, firstYear, lastYear, seed);
                continue;
            }

            var rng = SeedMix.Random(seed, county, "assigned:" + code);
            for (var year = firstYear; year <= lastYear; year++)
            {
                var step = rng.NextDouble();
                if (taken.Contains((county, code, year)))
                {
                    continue; // a real target is never replaced; earlier synthetic ones are regenerated
                }

                var previous = observations.Value(county, code, year - 1);
                if (double.IsNaN(previous))
                {
                    continue;
                }

                var target = Target(indicator, previous, step);
                table.Add(new Observation(county, code, year, target, null, Sources.Synthetic, note));
            }
        }

        return table;
    }

    /// <summary>
    /// An upper-level task without a figure: the upper level asks for the task to be completed (完成, level 2 on the
    /// status ladder) every year. Only for task indicators (<see cref="StatusSynthesizer.IsTask"/>).
    /// </summary>
    private static void AddTasks(ObservationTable table, HashSet<(string, string, int)> taken, string county, Indicator indicator, int firstYear, int lastYear, int seed)
    {
        if (!StatusSynthesizer.IsTask(indicator))
        {
            return;
        }

        const string Required = "完成";
        var note = string.Create(CultureInfo.InvariantCulture, $"synthetic: demonstration assigned target, seed {seed}; the upper level's task, completion ({Required}) required");
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (!taken.Contains((county, indicator.Code, year)))
            {
                table.Add(new Observation(county, indicator.Code, year, StatusScale.LevelOf(Required)!.Value, Required, Sources.Synthetic, note));
            }
        }
    }

    /// <summary>
    /// A change-size target (提高幅度, 下降幅度): each year the upper level asks the level to close 5–20 % of the room left
    /// by the county's previous-year value (to the level's best bound: 100 % for a rise of a share, 0 for a fall), in
    /// the level's units. A year whose previous value is missing gets no target.
    /// </summary>
    private static void AddChanges(ObservationTable table, HashSet<(string, string, int)> taken, Panel observations, string county, Indicator change, Indicator level, int firstYear, int lastYear, int seed)
    {
        var rng = SeedMix.Random(seed, county, "assigned:" + change.Code);
        var note = string.Create(CultureInfo.InvariantCulture, $"synthetic: demonstration assigned change, seed {seed}; the year-on-year {(level.Direction == Direction.LowerIsBetter ? "fall" : "rise")} of {level.Code} asked for, 5–20 % of the room left by the previous-year value");
        for (var year = firstYear; year <= lastYear; year++)
        {
            var step = rng.NextDouble();
            if (taken.Contains((county, change.Code, year)))
            {
                continue;
            }

            var previous = observations.Value(county, level.Code, year - 1);
            var bound = level.Direction == Direction.LowerIsBetter ? level.Min : level.Max;
            if (double.IsNaN(previous) || bound is not { } best)
            {
                continue;
            }

            var room = Math.Abs(best - previous);
            table.Add(new Observation(county, change.Code, year, ThreeSignificantDigits(room * (0.05 + (0.15 * step))), null, Sources.Synthetic, note));
        }
    }

    private static double Target(Indicator indicator, double previous, double step)
    {
        double target;
        if (indicator.Direction == Direction.LowerIsBetter)
        {
            target = previous * (1 - (0.02 + (0.04 * step)));
        }
        else if (indicator.IsPercentage)
        {
            target = previous + 0.3 + (1.2 * step);
        }
        else
        {
            target = previous * (1 + 0.01 + (0.03 * step));
        }

        if (indicator.Max is { } max)
        {
            target = Math.Min(target, max);
        }

        if (indicator.Min is { } min)
        {
            target = Math.Max(target, min);
        }

        return ThreeSignificantDigits(target);
    }

    private static double ThreeSignificantDigits(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 6);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }
}
