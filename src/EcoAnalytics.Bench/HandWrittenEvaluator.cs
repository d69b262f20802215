using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Bench;

/// <summary>
/// The baseline: the 30 national rules written by hand in C#, with the same semantics as the rule files and the
/// same output per row as the evaluator (status, compared value, threshold, signed gap, synthetic flag).
/// </summary>
internal static class HandWrittenEvaluator
{
    private const byte Met = 0, NotMet = 1, NoData = 2;

    public sealed class Output(int rows)
    {
        public byte[] Status { get; } = new byte[rows];

        public double[] Value { get; } = new double[rows];

        public double[] Threshold { get; } = new double[rows];

        public double[] Gap { get; } = new double[rows];

        public bool[] Synthetic { get; } = new bool[rows];
    }

    public static int Run(NationalRules data, Output output) => RunWith(data, output, Decide);

    public static int RunWith(NationalRules data, Output output, Func<int, RuleInput, bool> decide)
    {
        var status = output.Status;
        var met = 0;
        var k = 0;
        for (var c = 0; c < data.CountyCount; c++)
        {
            for (var y = 0; y < data.YearCount; y++)
            {
                for (var i = 0; i < NationalRules.RuleCount; i++)
                {
                    var input = Input(data, c, data.FirstYear + y, i);
                    var missing = NationalRules.Kind(i) switch
                    {
                        "improving" => double.IsNaN(input.Slope),
                        "not_decreasing" => double.IsNaN(input.Value) || double.IsNaN(input.Baseline),
                        _ => double.IsNaN(input.Value),
                    };
                    var s = missing ? NoData : decide(i, input) ? Met : NotMet;
                    var kind = NationalRules.Kind(i);
                    var lower = NationalRules.LowerIsBetter(i);
                    var (value, threshold) = kind switch
                    {
                        "improving" => (input.Slope, 0.0),
                        "not_decreasing" => (input.Value, input.Baseline),
                        _ => (input.Value, input.Threshold),
                    };
                    var sign = kind != "not_decreasing" && kind != "terrain" && lower ? -1 : 1;
                    output.Value[k] = value;
                    output.Threshold[k] = threshold;
                    output.Gap[k] = sign * (value - threshold);
                    output.Synthetic[k] = true; // every cell of a national benchmark panel is synthetic
                    status[k++] = s;
                    met += s == Met ? 1 : 0;
                }
            }
        }

        return met;
    }

    private static bool Decide(int i, RuleInput x) => NationalRules.Kind(i) switch
    {
        "threshold" => NationalRules.LowerIsBetter(i) ? x.Value <= x.Threshold : x.Value >= x.Threshold,
        "improving" => NationalRules.LowerIsBetter(i) ? x.Slope < 0 : x.Slope > 0,
        "not_decreasing" => x.Value >= x.Baseline,
        _ => x.Value > x.Threshold,
    };

    public static RuleInput Input(NationalRules data, int c, int year, int i)
    {
        var panel = data.Panel;
        var value = panel.Value(c, i, year);
        var kind = NationalRules.Kind(i);
        var terrain = data.Counties[c].Terrain;
        var threshold = kind == "terrain" ? terrain switch { Terrain.Mountain => 60, Terrain.Hill => 40, _ => 18 } : NationalRules.Threshold(i);
        var previous = panel.Value(c, i, year - 1);
        var slope = double.NaN;
        var points = 0;
        if (kind == "improving")
        {
            double n = 0, st = 0, sv = 0, stt = 0, stv = 0;
            for (var y = year - 2; y <= year; y++)
            {
                var v = panel.Value(c, i, y);
                if (double.IsNaN(v))
                {
                    continue;
                }

                double t = y - year;
                n++;
                st += t;
                sv += v;
                stt += t * t;
                stv += t * v;
            }

            points = (int)n;
            var d = (n * stt) - (st * st);
            slope = n < 3 || d == 0 ? double.NaN : ((n * stv) - (st * sv)) / d;
        }

        return new RuleInput(data.Counties[c].Id, year, terrain.Label(), value, threshold, previous, previous, slope, points, double.NaN, string.Empty, [], []);
    }
}
