using BenchmarkDotNet.Running;

namespace EcoAnalytics.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["report-scale"])
        {
            ReportBenchmarks.Scale();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
