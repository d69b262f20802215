using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary>A generated annual series: 3–12 points from 2000 with gaps of 1–3 years.</summary>
public sealed record SeriesCase((int Year, double Value)[] Points)
{
    public override string ToString() => string.Join(", ", Points.Select(p => FormattableString.Invariant($"({p.Year}, {p.Value:R})")));
}

public static class SeriesArbitraries
{
    /// <summary>Values anywhere in [−120, 220] on a 0.01 grid: crosses 0 and the (0, 100) bounds, includes ties.</summary>
    public static Arbitrary<SeriesCase> Series() =>
        Gen.Choose(3, 12)
            .SelectMany(n => Gen.Zip(Gen.ArrayOf(Gen.Choose(1, 3), n), Gen.ArrayOf(Gen.Choose(-12000, 22000), n)))
            .Select(t =>
            {
                var year = 2000;
                return new SeriesCase(t.Item1.Select((gap, i) => (year += gap, t.Item2[i] / 100.0)).ToArray());
            })
            .ToArbitrary();
}

[Properties(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 150)]
public class ForecastingPropertyTests
{
    private static readonly TrendModel[] Models = Enum.GetValues<TrendModel>();

    [Property]
    public bool Logit_AnyInput_StaysWithinBounds(SeriesCase series)
    {
        var fit = Trend.Fit(series.Points, TrendModel.Logit, new TrendOptions { Range = ValueRange.Percent });
        var last = series.Points[^1].Year;
        for (var year = 1990; year <= last + 200; year += 7)
        {
            var i = fit.Predict(year, 0.99);
            if (!(i.Lower >= 0 && i.Upper <= 100 && i.Median >= i.Lower && i.Median <= i.Upper))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Intervals_WidenWithHorizon(SeriesCase series)
    {
        var last = series.Points[^1].Year;
        foreach (var model in Models)
        {
            var fit = Trend.Fit(series.Points, model);
            if (!fit.Success)
            {
                continue;
            }

            // On the model's own scale the spread never shrinks; on the original scale too for untransformed models.
            for (var h = 1; h < 30; h++)
            {
                var a = fit.Predict(last + h, 0.8);
                var b = fit.Predict(last + h + 1, 0.8);
                if (b.Distribution.Scale < a.Distribution.Scale * (1 - 1e-12))
                {
                    return false;
                }

                if (a.Distribution.Transform == ValueTransform.Identity && b.Width < a.Width * (1 - 1e-12))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    public bool Probability_MonotoneInThreshold(SeriesCase series, NormalFloat step)
    {
        var year = series.Points[^1].Year + 5;
        foreach (var model in Models)
        {
            var fit = Trend.Fit(series.Points, model);
            if (!fit.Success)
            {
                continue;
            }

            var previousAtLeast = 1.0;
            var previousAtMost = 0.0;
            for (var c = -300.0; c <= 400; c += 3 + (Math.Abs(step.Get) % 10))
            {
                var atLeast = fit.ProbabilityAtLeast(year, c);
                var atMost = fit.ProbabilityAtMost(year, c);
                if (atLeast > previousAtLeast + 1e-12 || atMost < previousAtMost - 1e-12 || atLeast < 0 || atMost > 1)
                {
                    return false;
                }

                (previousAtLeast, previousAtMost) = (atLeast, atMost);
            }
        }

        return true;
    }

    [Property]
    public bool Results_NeverNaN_ForFiniteInput(SeriesCase series, bool dropOne)
    {
        var points = dropOne ? series.Points.Select((p, i) => i == 1 ? (p.Year, double.NaN) : p).ToArray() : series.Points;
        var last = series.Points[^1].Year;
        foreach (var model in Models)
        {
            var fit = Trend.Fit(points, model);
            if (string.IsNullOrEmpty(fit.Message) && !fit.Success)
            {
                return false;
            }

            if (!fit.Success)
            {
                continue;
            }

            foreach (var year in new[] { last - 3, last + 1, last + 10, last + 40 })
            {
                var i = fit.Predict(year, 0.95);
                if (double.IsNaN(i.Median) || double.IsNaN(i.Lower) || double.IsNaN(i.Upper) || double.IsNaN(fit.ProbabilityAtLeast(year, 50)))
                {
                    return false;
                }
            }
        }

        var target = new Target(50, last + 5, Direction.HigherIsBetter);
        var attainment = Attainment.Assess(points, target);
        double?[] numbers =
        [
            attainment.ProbabilityMet, attainment.RequiredAnnualChange, attainment.ObservedAnnualChange,
            CagrRatio.Assess(points, target).Statistic, ProjectedFraction.Assess(points, target).Statistic,
            LinearPace.Assess(points, target).Statistic, NoTargetCagr.Assess(points, Direction.LowerIsBetter, NoTargetScheme.StatCan).Score,
            TimeDistance.Assess(points, target).YearsBehind,
        ];
        return numbers.All(v => v is null || !double.IsNaN(v.Value));
    }
}
