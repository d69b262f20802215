using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using EcoAnalytics.Data;
using EcoAnalytics.Presentation.Report;
using EcoAnalytics.Rules;
using EcoAnalytics.Synthetic;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// The report (issue 13): the bundled one (4 counties, 5 programmes) and 100 synthetic counties under the same five
/// programmes, data → evaluation → outlook → charts → one HTML file. <c>dotnet run -c Release -- report-scale</c>
/// prints one timed run of each with the file sizes (the file must grow with the data, not with plotly.js per chart).
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Dataset _bundled = null!;
    private Dataset _national = null!;
    private List<CompiledProgramme> _programmes = null!;
    private List<CompiledProgramme> _nationalProgrammes = null!;
    private string[] _counties = null!;

    [GlobalSetup]
    public void Setup() => (_bundled, _programmes, _national, _nationalProgrammes, _counties) = Inputs(100);

    [Benchmark(Baseline = true)]
    public long BundledReport() => Write(_bundled, _programmes, null);

    [Benchmark]
    public long HundredCounties() => Write(_national, _nationalProgrammes, _counties);

    public static (Dataset, List<CompiledProgramme>, Dataset, List<CompiledProgramme>, string[]) Inputs(int counties)
    {
        var bundled = Dataset.LoadBundled();
        var files = Directory.GetFiles(EcoAnalytics.Data.Bundled.RulesFolder, "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var programmes = files.Select(f => CompiledProgramme.Load(f, bundled.Catalog).Value!).ToList();
        var national = PanelGenerator.GenerateNational(bundled.Catalog, counties: counties, indicators: bundled.Catalog.Count);
        var dataset = Dataset.FromTables(national.Observations);
        var nationalProgrammes = files.Select(f => CompiledProgramme.Load(f, dataset.Catalog).Value!).ToList();
        return (bundled, programmes, dataset, nationalProgrammes, national.Counties.Select(c => c.Id).ToArray());
    }

    public static long Write(Dataset dataset, IReadOnlyList<CompiledProgramme> programmes, string[]? counties)
    {
        var data = ReportData.Build(dataset, programmes, new ReportOptions { Evaluation = new Evaluation.EvaluationOptions { Counties = counties } });
        var path = Path.Combine(Path.GetTempPath(), $"eco-bench-{Environment.ProcessId}.html");
        HtmlReport.Write(data, path);
        var size = new FileInfo(path).Length;
        File.Delete(path);
        return size;
    }

    /// <summary>One timed run of each, with the file sizes and the per-chart bytes.</summary>
    public static void Scale()
    {
        foreach (var n in new[] { 10, 100 })
        {
            var (bundled, programmes, national, nationalProgrammes, counties) = Inputs(n);
            if (n == 10)
            {
                var watch0 = Stopwatch.StartNew();
                var size0 = Write(bundled, programmes, null);
                Console.WriteLine($"bundled (4 counties): {watch0.Elapsed.TotalSeconds:0.00} s, {size0 / 1048576.0:0.0} MB");
            }

            var watch = Stopwatch.StartNew();
            var data = ReportData.Build(national, nationalProgrammes, new ReportOptions { Evaluation = new Evaluation.EvaluationOptions { Counties = counties } });
            var path = Path.Combine(Path.GetTempPath(), $"eco-bench-{Environment.ProcessId}.html");
            var charts = HtmlReport.Write(data, path);
            var size = new FileInfo(path).Length;
            File.Delete(path);
            Console.WriteLine($"{n} counties: {watch.Elapsed.TotalSeconds:0.00} s, {charts} charts, {size / 1048576.0:0.0} MB, {size / (double)charts / 1024:0.0} KB per chart");
        }
    }
}
