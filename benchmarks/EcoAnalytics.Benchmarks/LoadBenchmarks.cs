using EcoAnalytics.Frames;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Synthetic;
using Microsoft.Data.Analysis;

using EcoAnalytics.Bench;

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
