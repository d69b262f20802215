using System.Globalization;
using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Synthetic;

namespace EcoAnalytics.Bench;

/// <summary>The national CSV, written once per benchmark process into a temp file, with the catalog and counties to read it.</summary>
internal sealed record NationalFile(string Path, IndicatorCatalog Catalog, CountyRegistry Counties, int FirstYear, int Years)
{
    public const int CountyCount = 2850;
    public const int IndicatorCount = 40;
    public const int YearCount = 10;
    public const int Seed = 20240101;

    public static NationalFile Create() => Create(CountyCount, YearCount, Seed);

    /// <summary>
    /// Generates a national panel of <paramref name="counties"/> × 40 indicators × <paramref name="years"/> (from 2015)
    /// with the library's generator and writes it as one long CSV into a temp file deleted at exit; every value synthetic.
    /// </summary>
    public static NationalFile Create(int counties, int years, int seed)
    {
        var catalog = BenchmarkCatalog.Create();
        var panel = PanelGenerator.GenerateNational(catalog, counties, IndicatorCount, 2015, years, seed);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"eco-national-{counties}x{IndicatorCount}x{years}-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        PanelGenerator.WriteCsv(panel.Observations, path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return new NationalFile(path, catalog, panel.Counties, 2015, years);
    }
}

/// <summary>
/// Forty indicators shaped like the programme catalog: rates, concentrations, days, indices, counts and status
/// milestones. Self-contained so that the benchmark does not depend on the bundled datasets.
/// </summary>
internal static class BenchmarkCatalog
{
    public static IndicatorCatalog Create()
    {
        var list = new List<Indicator>
        {
            Numeric("forest_coverage", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("pm25", "μg/m³", Direction.LowerIsBetter, 0, null),
            Numeric("pm10", "μg/m³", Direction.LowerIsBetter, 0, null),
            Numeric("good_air_ratio", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("good_air_days", "days", Direction.HigherIsBetter, 0, 366),
            Numeric("surface_water_iii_ratio", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("drinking_water_compliance", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("built_up_green_coverage", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("urban_sewage_treatment", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("rural_sewage_treatment", "%", Direction.HigherIsBetter, 0, 100),
            Numeric("eco_index", "index", Direction.HigherIsBetter, 0, 100),
            Numeric("gdp", "亿元", Direction.HigherIsBetter, 0, null),
        };
        for (var i = 1; list.Count < 28; i++)
        {
            list.Add(Numeric(string.Create(CultureInfo.InvariantCulture, $"waste_utilization_{i:00}"), "%", Direction.HigherIsBetter, 0, 100));
            list.Add(Numeric(string.Create(CultureInfo.InvariantCulture, $"soil_exceedance_{i:00}"), "%", Direction.LowerIsBetter, 0, 100));
        }

        for (var i = 1; list.Count < 34; i++)
        {
            list.Add(new Indicator(string.Create(CultureInfo.InvariantCulture, $"black_odorous_water_{i}"), $"黑臭水体{i}", string.Empty, "个", IndicatorKind.Count, Direction.LowerIsBetter, 0, null, "生态安全", []));
        }

        for (var i = 1; list.Count < 40; i++)
        {
            var name = i % 2 == 0 ? $"生态规划{i}" : $"生态制度{i}";
            list.Add(new Indicator(string.Create(CultureInfo.InvariantCulture, $"mechanism_{i}"), name, string.Empty, "-", IndicatorKind.Status, Direction.HigherIsBetter, null, null, "生态制度", []));
        }

        return new IndicatorCatalog(list);
    }

    private static Indicator Numeric(string code, string unit, Direction direction, double? min, double? max) =>
        new(code, code, code, unit, IndicatorKind.Numeric, direction, min, max, "生态", []);
}

/// <summary>
/// The baseline: a straightforward span-based line parser (no quotes: the national file has none) and a Dictionary
/// pivot into one <c>double[]</c> per indicator (county-major, one slot per year, NaN = missing; status = ladder level).
/// </summary>
internal static class PlainPivot
{
    public static double[]?[] Run(NationalFile file)
    {
        var counties = file.Counties.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i).GetAlternateLookup<ReadOnlySpan<char>>();
        var codes = file.Catalog.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i).GetAlternateLookup<ReadOnlySpan<char>>();
        var isStatus = file.Catalog.Select(i => i.Kind == IndicatorKind.Status).ToArray();
        var labels = StatusScale.Labels.ToDictionary(l => l.Key, l => (double)l.Value).GetAlternateLookup<ReadOnlySpan<char>>();
        var columns = new double[]?[file.Catalog.Count];
        var slots = file.Counties.Count * file.Years;
        // Bytes then one decode: File.ReadAllText's StreamReader is several times slower on 50 MB.
        ReadOnlySpan<char> text = Encoding.UTF8.GetString(File.ReadAllBytes(file.Path));
        text = text[(text.IndexOf('\n') + 1)..];
        Span<Range> fields = stackalloc Range[7];
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Split(fields, ',') < 5
                || !counties.TryGetValue(line[fields[0]], out var county)
                || !codes.TryGetValue(line[fields[1]], out var indicator)
                || !int.TryParse(line[fields[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }

            var valueText = line[fields[3]];
            if (isStatus[indicator] ? !labels.TryGetValue(valueText, out var value) : !double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                continue;
            }

            var column = columns[indicator];
            if (column is null)
            {
                column = columns[indicator] = new double[slots];
                Array.Fill(column, double.NaN);
            }

            column[(county * file.Years) + (year - file.FirstYear)] = value;
        }

        return columns;
    }
}
