using BenchmarkDotNet.Running;
using EcoAnalytics.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
