using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EcoAnalytics.Data;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// A pathological observation file: 400,000 rows on 10 county-indicator-year keys (every row after the tenth a
/// duplicate, a third from the same source). Validation must finish in seconds within bounded memory: diagnostics are
/// capped per code, file and severity (<c>DiagnosticCap</c>) instead of one message per row.
/// Run: <c>dotnet run -c Release --project benchmarks/EcoAnalytics.Benchmarks -- --filter '*Pathological*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PathologicalBenchmarks
{
    private const int Rows = 400_000;
    private string _path = string.Empty;
    private Dataset _bundled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bundled = Dataset.LoadBundled();
        _path = Path.Combine(Path.GetTempPath(), "eco-pathological.csv");
        var text = new StringBuilder(Rows * 40).Append("county,indicator,year,value,source,note\n");
        for (var row = 0; row < Rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"lushi,pm25,{2015 + (row % 10)},{30 + (row % 100 / 100.0)},survey {row % 3},dup\n");
        }

        File.WriteAllText(_path, text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_path);
        Console.WriteLine($"// peak working set: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    /// <summary>What <c>eco validate --data FILE</c> does before printing: read, check, cap.</summary>
    [Benchmark]
    public int Validate() => new ObservationReader(_bundled.Catalog, _bundled.Counties).Read([_path]).Value.Count;
}
