using System.CommandLine;
using EcoAnalytics.Bench;
using EcoAnalytics.Cli.Output;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco bench</c>: the national pipeline end to end, stage by stage, against its baselines, the naive way and (optionally) R.</summary>
internal static class BenchCommand
{
    public static Command Build(CliContext context)
    {
        var counties = new Option<int>("--counties") { Description = "Counties in the generated national panel.", DefaultValueFactory = _ => 2850 }.AtLeast(10, "fewer counties measure start-up, not the pipeline");
        var years = new Option<int>("--years") { Description = "Years per series (from 2015).", DefaultValueFactory = _ => 10 }.AtLeast(4, "the 3-year trend rules and the models need at least 4 years");
        var paths = new Option<int>("--paths") { Description = "Monte-Carlo paths per series.", DefaultValueFactory = _ => 1000 }.AtLeast(100, "fewer paths give probabilities too coarse to compare");
        var report = new Option<int>("--report-counties") { Description = "Counties in the HTML report stage (one province); 0 skips it.", DefaultValueFactory = _ => 100 }.AtLeast(0, "it is a count");
        var r = new Option<bool>("--r") { Description = "Also time R's forecast::thetaf and lm + predict on a sample of the same series (needs Rscript with the forecast package)." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("bench", "Time the national pipeline on a generated panel (every value synthetic): load, validate, evaluate, forecast, simulate, report — each against its baseline, the naive way, and R.")
        {
            counties, years, paths, report, r, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(years) > 60)
            {
                throw new UsageException($"--years {parse.GetValue(years)}: at most 60 (the generated panel starts in 2015)");
            }

            using var progress = new StderrProgress(context.Error, "bench");
            var stages = new[] { "warm-up", "generate", "load", "evaluate", "forecast", "simulate", "report", "naive", "R" };
            var result = PipelineBench.Run(new BenchOptions
            {
                Counties = parse.GetValue(counties),
                Years = parse.GetValue(years),
                Paths = parse.GetValue(paths),
                ReportCounties = parse.GetValue(report),
                R = parse.GetValue(r),
                Progress = new Progress<string>(stage => progress.Report((Array.IndexOf(stages, stage) + 1) / (double)stages.Length)),
            });
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                BenchOutput.Json(context.Output, result);
            }
            else
            {
                BenchOutput.Table(context.Console, result);
            }

            return EcoCli.Ok;
        });
        return command;
    }
}
