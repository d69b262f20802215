using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>A forecasting method scored on the corpus: a model with a calibration setting, under a report name.</summary>
/// <param name="Name">The name in reports, for example <c>auto</c> or <c>auto-uncalibrated</c>.</param>
/// <param name="Model">The trend model (Auto re-chooses at every origin).</param>
/// <param name="Calibration">The calibration setting passed in <see cref="TrendOptions.Calibration"/>.</param>
public sealed record CorpusMethod(string Name, TrendModel Model, IntervalCalibration Calibration);

/// <summary>
/// Interval accuracy of one method at one horizon and level. Errors are scale-free: divided by the training window's
/// mean absolute annual change (the MASE scale), so series in any unit pool.
/// </summary>
/// <param name="Method">The method's name.</param>
/// <param name="Horizon">Years ahead; 0 for all horizons pooled.</param>
/// <param name="Level">Nominal coverage.</param>
/// <param name="Forecasts">Forecasts scored.</param>
/// <param name="Coverage">Share of actual values inside the interval.</param>
/// <param name="IntervalScore">Mean scaled interval (Winkler) score (u − l) + (2/α)·(distance outside), α = 1 − level; lower is better.</param>
/// <param name="Mae">Mean scaled absolute error of the central projection (MASE).</param>
public sealed record CorpusScore(string Method, int Horizon, double Level, int Forecasts, double Coverage, double IntervalScore, double Mae);

/// <summary>One bin of a reliability table: forecasts whose P(met) fell in [From, To), and how often the event happened.</summary>
/// <param name="From">Lower end of the bin.</param>
/// <param name="To">Upper end (the last bin includes 1).</param>
/// <param name="Count">Events in the bin.</param>
/// <param name="MeanProbability">Mean stated probability.</param>
/// <param name="ObservedFrequency">Share of the events that happened.</param>
public readonly record struct ReliabilityBin(double From, double To, int Count, double MeanProbability, double ObservedFrequency);

/// <summary>
/// The Brier score of P(met) for one method and horizon: for every forecast, the events "actual ≥ last + d·h·s" with
/// s the MASE scale and d ∈ {−1, −½, 0, ½, 1} (targets above and below the trend of the recent past).
/// </summary>
/// <param name="Method">The method's name.</param>
/// <param name="Horizon">Years ahead; 0 for all horizons pooled.</param>
/// <param name="Events">Events scored.</param>
/// <param name="Brier">Mean (p − met)²; lower is better.</param>
/// <param name="Reliability">Ten bins of stated probability.</param>
public sealed record CorpusBrier(string Method, int Horizon, int Events, double Brier, IReadOnlyList<ReliabilityBin> Reliability);

/// <summary>The scores of every method on one part of the corpus.</summary>
/// <param name="Part">The part scored.</param>
/// <param name="Series">Series that gave at least one forecast.</param>
/// <param name="Scores">By method, horizon (0 = pooled) and level.</param>
/// <param name="Brier">By method and horizon (0 = pooled).</param>
public sealed record CorpusEvaluation(CorpusPart Part, int Series, IReadOnlyList<CorpusScore> Scores, IReadOnlyList<CorpusBrier> Brier);

/// <summary>
/// The corpus protocol: each series is cut into consecutive non-overlapping windows of <see cref="WindowLength"/> points
/// (a last shorter window is kept from 8 points); in each window the model is trained on the first k points,
/// k = <see cref="MinTrain"/> … <see cref="MaxTrain"/>, and scored at every observed year 1 … <see cref="MaxHorizon"/>
/// years past the k-th. Windows whose training part has no change (MASE scale 0) are not scored.
/// </summary>
public static partial class CorpusBacktest
{
    /// <summary>Points per window.</summary>
    public const int WindowLength = 24;

    /// <summary>The shortest training window.</summary>
    public const int MinTrain = 4;

    /// <summary>The longest training window.</summary>
    public const int MaxTrain = 16;

    /// <summary>The longest horizon scored.</summary>
    public const int MaxHorizon = 8;

    /// <summary>The levels scored: 50, 80 and 95 %.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.5, 0.8, 0.95];

    /// <summary>The methods scored by default: no change, drift, Theta, Auto uncalibrated and Auto calibrated.</summary>
    public static IReadOnlyList<CorpusMethod> DefaultMethods { get; } =
    [
        new("naive", TrendModel.Naive, IntervalCalibration.None),
        new("drift", TrendModel.Drift, IntervalCalibration.None),
        new("theta", TrendModel.Theta, IntervalCalibration.None),
        new("auto-uncalibrated", TrendModel.Auto, IntervalCalibration.None),
        new("auto", TrendModel.Auto, IntervalCalibration.ByHorizon),
    ];

    private static ReadOnlySpan<double> EventOffsets => [-1, -0.5, 0, 0.5, 1];

    /// <summary>Scores each method on the series of <paramref name="part"/>.</summary>
    /// <param name="corpus">The corpus (<see cref="CalibrationCorpus.Parse"/>).</param>
    /// <param name="part">The part to score; the evaluation part for any reported figure.</param>
    /// <param name="methods">The methods; null for <see cref="DefaultMethods"/>.</param>
    public static CorpusEvaluation Evaluate(IReadOnlyList<CorpusSeries> corpus, CorpusPart part, IReadOnlyList<CorpusMethod>? methods = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        methods ??= DefaultMethods;
        var scores = new List<CorpusScore>();
        var briers = new List<CorpusBrier>();
        var series = 0;
        foreach (var method in methods)
        {
            var forecasts = Collect(corpus, part, method.Model, method.Calibration);
            series = forecasts.Select(f => f.Series).Distinct().Count();
            for (var h = 0; h <= MaxHorizon; h++)
            {
                var at = forecasts.Where(f => h == 0 || f.Horizon == h).ToList();
                if (at.Count == 0)
                {
                    continue;
                }

                foreach (var level in Levels)
                {
                    scores.Add(Score(method.Name, h, level, at));
                }

                briers.Add(Brier(method.Name, h, at));
            }
        }

        return new CorpusEvaluation(part, series, scores, briers);
    }

    /// <summary>Every scored forecast of one model on one part, with the distribution used and the model's own.</summary>
    internal static List<CorpusForecast> Collect(IReadOnlyList<CorpusSeries> corpus, CorpusPart part, TrendModel model, IntervalCalibration calibration)
    {
        var result = new List<CorpusForecast>();
        for (var s = 0; s < corpus.Count; s++)
        {
            var series = corpus[s];
            if (series.Part != part)
            {
                continue;
            }

            var options = new TrendOptions { Range = series.Range, Calibration = calibration };
            var all = series.Points.ToArray();
            for (var start = 0; all.Length - start >= 8; start += WindowLength)
            {
                var window = all.AsSpan(start, Math.Min(WindowLength, all.Length - start));
                for (var k = MinTrain; k <= MaxTrain && k < window.Length; k++)
                {
                    var train = window[..k];
                    var scale = MaseScale(train);
                    if (!(scale > 0))
                    {
                        continue;
                    }

                    var fit = Trend.Fit(train, model, options);
                    if (!fit.Success)
                    {
                        continue;
                    }

                    var origin = train[^1].Year;
                    for (var j = k; j < window.Length && window[j].Year - origin <= MaxHorizon; j++)
                    {
                        var year = window[j].Year;
                        var probabilities = new double[EventOffsets.Length];
                        for (var e = 0; e < probabilities.Length; e++)
                        {
                            probabilities[e] = fit.ProbabilityAtLeast(year, Threshold(train[^1].Value, scale, year - origin, e));
                        }

                        result.Add(new CorpusForecast(
                            s, fit.Model, k, year - origin, window[j].Value, train[^1].Value, scale,
                            fit.UncalibratedDistribution(year), fit, probabilities));
                    }
                }
            }
        }

        return result;
    }

    private static double Threshold(double last, double scale, int h, int e) => last + (EventOffsets[e] * h * scale);

    private static double MaseScale(ReadOnlySpan<(int Year, double Value)> train)
    {
        double sum = 0;
        for (var i = 1; i < train.Length; i++)
        {
            sum += Math.Abs(train[i].Value - train[i - 1].Value) / (train[i].Year - train[i - 1].Year);
        }

        return sum / (train.Length - 1);
    }

    private static CorpusScore Score(string method, int h, double level, List<CorpusForecast> at)
    {
        double covered = 0, interval = 0, mae = 0;
        var alpha = 1 - level;
        foreach (var f in at)
        {
            var i = f.Fit.Predict(f.OriginYear + f.Horizon, level);
            covered += i.Contains(f.Actual) ? 1 : 0;
            var score = i.Width + ((2 / alpha) * (Math.Max(i.Lower - f.Actual, 0) + Math.Max(f.Actual - i.Upper, 0)));
            interval += score / f.Scale;
            mae += Math.Abs(f.Actual - i.Median) / f.Scale;
        }

        return new CorpusScore(method, h, level, at.Count, covered / at.Count, interval / at.Count, mae / at.Count);
    }

    private static CorpusBrier Brier(string method, int h, List<CorpusForecast> at)
    {
        var count = new int[10];
        var sumP = new double[10];
        var sumMet = new double[10];
        double brier = 0;
        var events = 0;
        foreach (var f in at)
        {
            for (var e = 0; e < EventOffsets.Length; e++)
            {
                var p = f.Probabilities[e];
                var met = f.Actual >= Threshold(f.LastValue, f.Scale, f.Horizon, e) ? 1.0 : 0.0;
                brier += (p - met) * (p - met);
                events++;
                var bin = Math.Min((int)(p * 10), 9);
                count[bin]++;
                sumP[bin] += p;
                sumMet[bin] += met;
            }
        }

        var bins = Enumerable.Range(0, 10)
            .Select(b => new ReliabilityBin(b / 10.0, (b + 1) / 10.0, count[b], count[b] == 0 ? double.NaN : sumP[b] / count[b], count[b] == 0 ? double.NaN : sumMet[b] / count[b]))
            .ToList();
        return new CorpusBrier(method, h, events, brier / events, bins);
    }
}

/// <summary>One scored corpus forecast.</summary>
internal sealed record CorpusForecast(
    int Series,
    TrendModel Fitted,
    int TrainPoints,
    int Horizon,
    double Actual,
    double LastValue,
    double Scale,
    PredictiveDistribution Uncalibrated,
    TrendFit Fit,
    double[] Probabilities)
{
    public int OriginYear => Fit.LastYear!.Value;
}
