using System.Globalization;
using EcoAnalytics.Bench;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints an <c>eco bench</c> run: stages with baselines and ratios, the pipeline against its targets, the naive way, R.</summary>
internal static class BenchOutput
{
    public static void Table(IAnsiConsole console, BenchReport report)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"National pipeline: {report.Counties:N0} counties × {report.Indicators} indicators × {report.Years} years, {report.Paths:N0} paths per series; every value synthetic (generated). {report.Machine}.")));
        var stages = new Table { Border = TableBorder.Simple };
        stages.AddColumns("Stage", "Ours", "Baseline (same run)", "Ratio", "Target", "Allocated", "Peak RSS");
        foreach (var s in report.Stages)
        {
            stages.AddRow(
                Markup.Escape(s.Name),
                Seconds(s.Seconds),
                s.BaselineSeconds is { } b ? Markup.Escape($"{Seconds(b)} {s.Baseline}") : "—",
                s.Ratio is { } r ? Colour(r, s.Target) : "—",
                s.Target is { } t ? $"≤ {t.ToString("0.#", CultureInfo.InvariantCulture)}" : "—",
                Bytes(s.AllocatedBytes),
                Bytes(s.PeakBytes));
        }

        console.Write(stages);
        foreach (var s in report.Stages)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(s.Name)}: {Markup.Escape(s.Work)}[/]");
        }

        console.MarkupLine($"  [grey]{Markup.Escape(PipelineBench.Method)}[/]");

        var timeOk = report.PipelineSeconds <= BenchReport.PipelineTargetSeconds;
        var memoryOk = report.PipelinePeakBytes <= BenchReport.PipelineTargetBytes;
        console.MarkupLine(
            $"Pipeline without the report (load + evaluate + forecast auto + simulate): [{(timeOk ? "green" : "red")}]{Seconds(report.PipelineSeconds)}[/] (target ≤ 5 s), peak [{(memoryOk ? "green" : "red")}]{Bytes(report.PipelinePeakBytes)}[/] (target ≤ 2 GiB)");
        console.WriteLine();

        var naive = new Table { Border = TableBorder.Simple, Title = new TableTitle("The naive composition, run on a sample and scaled") };
        naive.AddColumns("Stage", "Naive way", "Sample", "Scaled", "Ours", "Speed-up");
        foreach (var n in report.Naive)
        {
            naive.AddRow(Markup.Escape(n.Stage), Markup.Escape(n.How), n.SampleShare.ToString("P1", CultureInfo.InvariantCulture), Seconds(n.ScaledSeconds), Seconds(n.OurSeconds), $"{n.SpeedUp.ToString("0.#", CultureInfo.InvariantCulture)}×");
        }

        console.Write(naive);
        if (report.R is { } r2)
        {
            console.MarkupLine(r2.RThetaMs is { } theta && r2.RLinearMs is { } lm
                ? Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"R side by side ({r2.Series} series): thetaf {theta:0.###} ms vs our Theta {r2.ThetaMs:0.####} ms per series ({r2.ThetaRatio:0}× faster); lm + predict {lm:0.###} ms vs our linear {r2.LinearMs:0.####} ms ({r2.LinearRatio:0}× faster). {r2.Note}."))
                : Markup.Escape($"R side by side: {r2.Note}."));
        }
    }

    public static void Json(TextWriter writer, BenchReport report) =>
        Output.Json.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("counties", report.Counties);
            json.WriteNumber("indicators", report.Indicators);
            json.WriteNumber("years", report.Years);
            json.WriteNumber("paths", report.Paths);
            json.WriteString("machine", report.Machine);
            json.WriteString("method", PipelineBench.Method);
            json.WriteBoolean("synthetic", true);
            json.WriteStartArray("stages");
            foreach (var s in report.Stages)
            {
                json.WriteStartObject();
                json.WriteString("stage", s.Name);
                json.WriteString("work", s.Work);
                Output.Json.Number(json, "seconds", s.Seconds);
                json.WriteString("baseline", s.Baseline);
                Output.Json.Number(json, "baseline_seconds", s.BaselineSeconds);
                Output.Json.Number(json, "ratio", s.Ratio);
                Output.Json.Number(json, "target", s.Target);
                json.WriteNumber("allocated_bytes", s.AllocatedBytes);
                json.WriteNumber("peak_bytes", s.PeakBytes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Output.Json.Number(json, "pipeline_seconds", report.PipelineSeconds);
            json.WriteNumber("pipeline_peak_bytes", report.PipelinePeakBytes);
            json.WriteStartArray("naive");
            foreach (var n in report.Naive)
            {
                json.WriteStartObject();
                json.WriteString("stage", n.Stage);
                json.WriteString("how", n.How);
                Output.Json.Number(json, "sample_share", n.SampleShare);
                Output.Json.Number(json, "scaled_seconds", n.ScaledSeconds);
                Output.Json.Number(json, "our_seconds", n.OurSeconds);
                Output.Json.Number(json, "speed_up", n.SpeedUp);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.R is { } r)
            {
                json.WriteStartObject("r");
                json.WriteNumber("series", r.Series);
                Output.Json.Number(json, "r_thetaf_ms", r.RThetaMs);
                Output.Json.Number(json, "r_lm_ms", r.RLinearMs);
                Output.Json.Number(json, "theta_ms", r.ThetaMs);
                Output.Json.Number(json, "linear_ms", r.LinearMs);
                json.WriteString("note", r.Note);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });

    private static string Seconds(double seconds) => seconds < 1
        ? (seconds * 1000).ToString("0.#", CultureInfo.InvariantCulture) + " ms"
        : seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Bytes(long bytes) => bytes >= 1L << 30
        ? (bytes / (double)(1L << 30)).ToString("0.00", CultureInfo.InvariantCulture) + " GiB"
        : (bytes / (double)(1L << 20)).ToString("0", CultureInfo.InvariantCulture) + " MiB";

    private static string Colour(double ratio, double? target) =>
        $"[{(target is { } t && ratio > t ? "red" : "green")}]{ratio.ToString("0.00", CultureInfo.InvariantCulture)}[/]";
}
