using System.Globalization;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Data;

/// <summary>Checks across rows: duplicates and cross-indicator consistency. They flag; they never fix.</summary>
internal static class ObservationChecks
{
    /// <summary>Tolerance, in percentage points, between good-air days/365 (366) and the stated good-air ratio.</summary>
    public const double GoodAirTolerance = 0.5;

    public static void Run(ObservationTable table, List<Diagnostic> diagnostics)
    {
        Duplicates(table, diagnostics);
        GoodAir(table, diagnostics);
    }

    internal static long Key(int county, int indicator, int year) => ((long)county << 40) | ((long)indicator << 20) | (uint)year;

    private static void Duplicates(ObservationTable table, List<Diagnostic> diagnostics)
    {
        foreach (var (row, other) in RepeatedCells(table))
        {
            var sameSource = table.SourceId(other) == table.SourceId(row);
            var o = table[row];
            var earlier = table[other];
            var where = earlier.File == o.File ? $"line {earlier.Line}" : $"{earlier.File} line {earlier.Line}";
            var message = sameSource
                ? $"{o.County} {o.Indicator} {o.Year} is already given on {where} by the same source"
                : $"{o.County} {o.Indicator} {o.Year} is also given on {where} ({Show(earlier)} from {earlier.Source}); both are kept, the panel uses {Show(Preferred(earlier, o))}";
            diagnostics.Add(new Diagnostic(sameSource ? Severity.Error : Severity.Warning, DiagnosticCodes.Duplicate, message, o.File, o.Line)
            {
                County = o.County,
                Indicator = o.Indicator,
                Year = o.Year,
            });
        }
    }

    /// <summary>
    /// Every row whose county-indicator-year an earlier row already has, with that first row, in row order. The first
    /// rows are kept in a dense array over counties × indicators × years when that is no larger than a few times the
    /// row count (national panels), else in a dictionary.
    /// </summary>
    private static List<(int Row, int First)> RepeatedCells(ObservationTable table)
    {
        var repeated = new List<(int, int)>();
        if (table.Count == 0)
        {
            return repeated;
        }

        int minYear = int.MaxValue, maxYear = int.MinValue;
        for (var row = 0; row < table.Count; row++)
        {
            minYear = Math.Min(minYear, table.Year(row));
            maxYear = Math.Max(maxYear, table.Year(row));
        }

        var years = maxYear - minYear + 1;
        var indicators = table.Catalog.Count;
        var cells = (long)table.Counties.Count * indicators * years;
        if (cells <= Math.Max(1 << 16, 4L * table.Count))
        {
            var first = new int[cells];
            Array.Fill(first, -1);
            for (var row = 0; row < table.Count; row++)
            {
                var cell = ((((long)table.CountyIndex(row) * indicators) + table.IndicatorIndex(row)) * years) + (table.Year(row) - minYear);
                if (first[cell] < 0)
                {
                    first[cell] = row;
                }
                else
                {
                    repeated.Add((row, first[cell]));
                }
            }

            return repeated;
        }

        var firstByKey = new Dictionary<long, int>(table.Count);
        for (var row = 0; row < table.Count; row++)
        {
            var key = Key(table.CountyIndex(row), table.IndicatorIndex(row), table.Year(row));
            if (!firstByKey.TryAdd(key, row))
            {
                repeated.Add((row, firstByKey[key]));
            }
        }

        return repeated;
    }

    private static Observation Preferred(Observation a, Observation b) =>
        Sources.Priority(b.SourceKind) < Sources.Priority(a.SourceKind) ? b : a;

    private static string Show(Observation o) => o.Label ?? o.Value.ToString(CultureInfo.InvariantCulture);

    private static void GoodAir(ObservationTable table, List<Diagnostic> diagnostics)
    {
        var days = table.Catalog.IndexOf(Catalog.GoodAir.Days);
        var ratio = table.Catalog.IndexOf(Catalog.GoodAir.Ratio);
        if (days < 0 || ratio < 0)
        {
            return;
        }

        var ratios = new Dictionary<(int County, int Year), int>();
        for (var row = 0; row < table.Count; row++)
        {
            if (table.IndicatorIndex(row) == ratio)
            {
                ratios.TryAdd((table.CountyIndex(row), table.Year(row)), row);
            }
        }

        for (var row = 0; row < table.Count; row++)
        {
            if (table.IndicatorIndex(row) != days || !ratios.TryGetValue((table.CountyIndex(row), table.Year(row)), out var ratioRow))
            {
                continue;
            }

            var year = table.Year(row);
            var daysInYear = Catalog.GoodAir.DaysInYear(year);
            var implied = 100.0 * table.Value(row) / daysInYear;
            var stated = table.Value(ratioRow);
            if (Math.Abs(implied - stated) > GoodAirTolerance)
            {
                var d = table[row];
                var r = table[ratioRow];
                diagnostics.Add(new Diagnostic(
                    Severity.Warning,
                    DiagnosticCodes.Inconsistent,
                    string.Create(CultureInfo.InvariantCulture, $"{d.County} {year}: good_air_days {d.Value} / {daysInYear} = {implied:0.0} % but good_air_ratio is {stated} % ({r.File} line {r.Line}); they differ by {Math.Abs(implied - stated):0.0} points (tolerance {GoodAirTolerance})"),
                    d.File,
                    d.Line)
                {
                    County = d.County,
                    Indicator = Catalog.GoodAir.Days,
                    Year = year,
                });
            }
        }
    }
}
