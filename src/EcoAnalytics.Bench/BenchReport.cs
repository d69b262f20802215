namespace EcoAnalytics.Bench;

/// <summary>One timed stage with the baseline measured in the same run.</summary>
/// <param name="Name">The stage.</param>
/// <param name="Work">What it did, in words (rows, series, paths).</param>
/// <param name="Seconds">Wall time of our path.</param>
/// <param name="Baseline">What it is compared with; empty when nothing comparable exists.</param>
/// <param name="BaselineSeconds">Wall time of the baseline, same run; null without one.</param>
/// <param name="Target">The ratio the stage must stay within; null without one.</param>
/// <param name="AllocatedBytes">Bytes allocated by our path (all threads).</param>
/// <param name="PeakBytes">Peak resident memory of the process during our path.</param>
public sealed record BenchStage(string Name, string Work, double Seconds, string Baseline, double? BaselineSeconds, double? Target, long AllocatedBytes, long PeakBytes)
{
    /// <summary>Our time over the baseline's; null without one.</summary>
    public double? Ratio => BaselineSeconds is > 0 ? Seconds / BaselineSeconds : null;

    /// <summary>Whether the ratio is within its target (null when there is none).</summary>
    public bool? WithinTarget => Ratio is { } r && Target is { } t ? r <= t : null;
}

/// <summary>The naive composition of a stage, run on a sample and scaled, against our time for the whole stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="How">What the naive way calls.</param>
/// <param name="SampleShare">The share of the workload it ran on.</param>
/// <param name="ScaledSeconds">Its time scaled to the whole workload.</param>
/// <param name="OurSeconds">Our time for the whole stage.</param>
public sealed record NaiveStage(string Stage, string How, double SampleShare, double ScaledSeconds, double OurSeconds)
{
    /// <summary>How many times faster our path is.</summary>
    public double SpeedUp => OurSeconds > 0 ? ScaledSeconds / OurSeconds : double.NaN;
}

/// <summary>A whole <c>eco bench</c> run.</summary>
/// <param name="Counties">Counties in the generated panel.</param>
/// <param name="Years">Years per series.</param>
/// <param name="Indicators">Indicators per county.</param>
/// <param name="Paths">Monte-Carlo paths per series.</param>
/// <param name="Stages">Every stage, in pipeline order (the report last).</param>
/// <param name="PipelineSeconds">Load through simulate, without the report.</param>
/// <param name="PipelinePeakBytes">Peak resident memory over the pipeline without the report.</param>
/// <param name="Naive">The naive composition, stage by stage.</param>
/// <param name="R">R side by side; null when not asked for.</param>
/// <param name="Machine">Processor count, OS and runtime.</param>
public sealed record BenchReport(
    int Counties,
    int Years,
    int Indicators,
    int Paths,
    IReadOnlyList<BenchStage> Stages,
    double PipelineSeconds,
    long PipelinePeakBytes,
    IReadOnlyList<NaiveStage> Naive,
    RComparison? R,
    string Machine)
{
    /// <summary>The pipeline targets on the project machine: 5 s and 2 GiB without the report.</summary>
    public const double PipelineTargetSeconds = 5;

    /// <summary>2 GiB.</summary>
    public const long PipelineTargetBytes = 2L << 30;
}
