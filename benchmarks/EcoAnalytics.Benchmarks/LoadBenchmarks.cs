using EcoAnalytics.Frames;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Synthetic;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// Loading the national long CSV (2,850 synthetic counties × 40 indicators × 10 years = 1.14 M rows) and pivoting it
/// to the wide county-year shape: our path against a plain span parser with a Dictionary pivot (the baseline).
/// Run: <c>dotnet run -c Release --project benchmarks/EcoAnalytics.Benchmarks -- --filter '*Load*' --job short</c>.
/// Each benchmark process prints the peak resident set of its measured iterations in GlobalCleanup.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks : NationalFileBenchmark
{
    /// <summary>(a) Our path: read and check every row, build the panel, make the wide frame.</summary>
    [Benchmark]
    public DataFrame ReadPanelWideFrame()
    {
        var table = new ObservationReader(National.Catalog, National.Counties).Read([National.Path]).Value;
        return Panel.From(table).ToDataFrame();
    }

    /// <summary>(a′) Our reader and the long frame (one DataFrame row per observation).</summary>
    [Benchmark]
    public DataFrame ReadLongFrame() =>
        new ObservationReader(National.Catalog, National.Counties).Read([National.Path]).Value.ToDataFrame();

    /// <summary>(b) The baseline: split lines on commas, parse, pivot into one double[] per indicator.</summary>
    [Benchmark(Baseline = true)]
    public double[]?[] PlainParseAndPivot() => PlainPivot.Run(National);
}

/// <summary>
/// (c) Microsoft.Data.Analysis <c>DataFrame.LoadCsv</c> with explicit column types: about 5 s a load, so it is kept
/// out of <c>--filter '*Load*'</c>. Run it on its own with <c>--filter '*DataFrameCsv*'</c>.
/// </summary>
[MemoryDiagnoser]
public class DataFrameCsvBaseline : NationalFileBenchmark
{
    private static readonly Type[] ColumnTypes = [typeof(string), typeof(string), typeof(int), typeof(string), typeof(string), typeof(string)];

    [Benchmark]
    public DataFrame DataFrameReadCsv() =>
        DataFrame.LoadCsv(National.Path, dataTypes: ColumnTypes, cultureInfo: CultureInfo.InvariantCulture);
}

/// <summary>Writes the national CSV once per benchmark process and prints the peak memory of the measured iterations.</summary>
public abstract class NationalFileBenchmark
{
    internal NationalFile National { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        National = NationalFile.Create();
        PeakMemory.Reset();
    }

    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Print();
}

/// <summary>The national CSV, written once per benchmark process into a temp file, with the catalog and counties to read it.</summary>
internal sealed record NationalFile(string Path, IndicatorCatalog Catalog, CountyRegistry Counties, int FirstYear, int Years)
{
    public const int CountyCount = 2850;
    public const int IndicatorCount = 40;
    public const int YearCount = 10;
    public const int Seed = 20240101;

    public static NationalFile Create()
    {
        var catalog = BenchmarkCatalog.Create();
        var panel = PanelGenerator.GenerateNational(catalog, CountyCount, IndicatorCount, 2015, YearCount, Seed);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"eco-national-{CountyCount}x{IndicatorCount}x{YearCount}-{Environment.ProcessId}.csv");
        PanelGenerator.WriteCsv(panel.Observations, path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return new NationalFile(path, catalog, panel.Counties, 2015, YearCount);
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

/// <summary>Peak resident set of the benchmark process (Linux: VmHWM, reset after setup through /proc/self/clear_refs).</summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux or not permitted: the figure then includes setup.
        }
    }

    public static void Print()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        var peak = status is null
            ? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024
            : long.Parse(status["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// PEAK-RSS {peak} MiB (measured iterations, after setup)"));
    }
}
