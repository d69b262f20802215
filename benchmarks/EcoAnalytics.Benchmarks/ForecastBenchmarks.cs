using BenchmarkDotNet.Attributes;
using EcoAnalytics.Forecasting.Models;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// The national panel's forecasting load: 114,000 series (2,850 counties × 40 indicators), ten annual points each,
/// each fitted, projected to 2030 with a 95 % interval and (optionally) the probability of reaching a threshold.
/// The baseline is hand-written closed-form OLS with the t quantile computed once.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private const int Counties = 2850;
    private const int Indicators = 40;
    private const int Years = 10;
    private const int FirstYear = 2014;
    private const int ProjectionYear = 2030;
    private const double Level = 0.95;

    private (int Year, double Value)[][] _series = [];
    private double[][] _values = [];
    private double[] _thresholds = [];
    private double[] _years = [];
    private double _tQuantile;

    /// <summary>Whether each series also gets P(value in 2030 ≥ threshold).</summary>
    [Params(false, true)]
    public bool Probabilities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240601);
        var count = Counties * Indicators;
        _series = new (int, double)[count][];
        _values = new double[count][];
        _thresholds = new double[count];
        _years = Enumerable.Range(FirstYear, Years).Select(y => (double)y).ToArray();
        for (var s = 0; s < count; s++)
        {
            var level = 20 + (60 * random.NextDouble());
            var slope = (random.NextDouble() - 0.4) * 1.5;
            var noise = 0.2 + (2 * random.NextDouble());
            var points = new (int, double)[Years];
            var values = new double[Years];
            for (var i = 0; i < Years; i++)
            {
                // Box–Muller normal noise; values stay positive and inside (0, 100) for the log and logit models.
                var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                values[i] = Math.Clamp(level + (slope * i) + (noise * z), 1, 99);
                points[i] = (FirstYear + i, values[i]);
            }

            _series[s] = points;
            _values[s] = values;
            _thresholds[s] = values[^1] + 5;
        }

        _tQuantile = StudentT.InvCDF(0, 1, Years - 2, 0.5 + (Level / 2));
    }

    [Benchmark(Baseline = true)]
    public double ClosedFormOls()
    {
        double sum = 0;
        for (var s = 0; s < _values.Length; s++)
        {
            var y = _values[s];
            double xm = 0, ym = 0;
            for (var i = 0; i < Years; i++)
            {
                xm += _years[i];
                ym += y[i];
            }

            xm /= Years;
            ym /= Years;
            double sxx = 0, sxy = 0;
            for (var i = 0; i < Years; i++)
            {
                sxx += (_years[i] - xm) * (_years[i] - xm);
                sxy += (_years[i] - xm) * (y[i] - ym);
            }

            var b = sxy / sxx;
            double sse = 0;
            for (var i = 0; i < Years; i++)
            {
                var e = y[i] - ym - (b * (_years[i] - xm));
                sse += e * e;
            }

            sum += Summarise(ym + (b * (ProjectionYear - xm)), Math.Sqrt(sse / (Years - 2)), xm, sxx, _thresholds[s]);
        }

        return sum;
    }

    [Benchmark]
    public double MathNetFitLine()
    {
        double sum = 0;
        for (var s = 0; s < _values.Length; s++)
        {
            var y = _values[s];
            var (a, b) = Fit.Line(_years, y);
            double sse = 0, xm = 0, sxx = 0;
            for (var i = 0; i < Years; i++)
            {
                var e = y[i] - a - (b * _years[i]);
                sse += e * e;
                xm += _years[i];
            }

            xm /= Years;
            for (var i = 0; i < Years; i++)
            {
                sxx += (_years[i] - xm) * (_years[i] - xm);
            }

            sum += Summarise(a + (b * ProjectionYear), Math.Sqrt(sse / (Years - 2)), xm, sxx, _thresholds[s]);
        }

        return sum;
    }

    [Benchmark]
    public double Linear() => Run(TrendModel.Linear);

    [Benchmark]
    public double LogLinear() => Run(TrendModel.LogLinear);

    [Benchmark]
    public double Logit() => Run(TrendModel.Logit);

    [Benchmark]
    public double Damped() => Run(TrendModel.Damped);

    [Benchmark]
    public double Theta() => Run(TrendModel.Theta);

    [Benchmark]
    public double Drift() => Run(TrendModel.Drift);

    [Benchmark]
    public double Auto() => Run(TrendModel.Auto);

    private double Run(TrendModel model)
    {
        double sum = 0;
        for (var s = 0; s < _series.Length; s++)
        {
            var fit = Trend.Fit(_series[s].AsSpan(), model);
            var interval = fit.Predict(ProjectionYear, Level);
            sum += interval.Median + interval.Lower + interval.Upper;
            if (Probabilities)
            {
                sum += fit.ProbabilityAtLeast(ProjectionYear, _thresholds[s]);
            }
        }

        return sum;
    }

    private double Summarise(double projection, double s, double xm, double sxx, double threshold)
    {
        var d = ProjectionYear - xm;
        var se = s * Math.Sqrt(1 + (1.0 / Years) + (d * d / sxx));
        var result = projection + (projection - (_tQuantile * se)) + projection + (_tQuantile * se);
        return Probabilities ? result + (1 - StudentT.CDF(projection, se, Years - 2, threshold)) : result;
    }
}
