using EcoAnalytics.Internal;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Outlook;

/// <summary>One series, one target: the trend outlook and the three official verdicts as a <see cref="ForecastRow"/>.</summary>
public static class SeriesForecaster
{
    /// <summary>Forecasts <paramref name="points"/> against a target (or, without one, reports the trend alone).</summary>
    /// <param name="county">County id.</param>
    /// <param name="rule">Rule name (any label for ad-hoc series).</param>
    /// <param name="indicator">The indicator (its catalog limits keep projections possible: percentages within 0–100, concentrations ≥ 0).</param>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="target">Target value; <c>null</c> for "improving"-type requirements without one.</param>
    /// <param name="deadline">Target year; <c>null</c> when the source gives none.</param>
    /// <param name="direction">Which way is better for this requirement.</param>
    /// <param name="options">Model and level.</param>
    /// <param name="syntheticPoints">How many of the points are generated; the note says so.</param>
    /// <param name="context">Extra words for the note (e.g. how the target was derived).</param>
    public static ForecastRow Forecast(
        string county,
        string rule,
        Indicator indicator,
        IReadOnlyList<(int Year, double Value)> points,
        double? target,
        int? deadline,
        Direction direction,
        ForecastOptions? options = null,
        int syntheticPoints = 0,
        string? context = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(points);
        options ??= ForecastOptions.Default;
        var trend = new TrendOptions { Range = indicator.Range };
        var progress = new ProgressOptions { Range = indicator.Range };
        var provenance = syntheticPoints == 0 ? string.Empty
            : syntheticPoints == points.Count ? Sources.SyntheticMarker + $"all {points.Count} points synthetic; "
            : Sources.SyntheticMarker + $"{syntheticPoints} of {points.Count} points synthetic; ";
        var prefix = provenance + (context is null ? string.Empty : context + "; ");
        var last = points.Count == 0 ? ((int Year, double Value)?)null : points.MaxBy(p => p.Year);

        // Changes per year are reported to three more decimals than the points and the target were given with (Precision).
        var decimals = Math.Max(points.Count == 0 ? 0 : points.Max(p => Precision.Decimals(p.Value)), target is { } t ? Precision.Decimals(t) : 0);
        double? Change(double? change) => change is { } c ? Precision.Slope(c, decimals) : null;

        if (target is { } value && deadline is { } year)
        {
            var goal = new Target(value, year, direction, indicator.Range);
            var attainment = Attainment.Assess(points, goal, new AttainmentOptions { Model = options.Model, Level = options.Level, Trend = trend });
            var eurostat = CagrRatio.Assess(points, goal, CagrRatioScheme.Eurostat, progress);
            var unsd = ProjectedFraction.Assess(points, goal, progress);
            var sdsn = LinearPace.Assess(points, goal, progress);
            return new ForecastRow(
                county, rule, indicator.Code, OutlookKind.Target, new ForecastGoal(value, year, direction),
                attainment.Fit is { Success: true } fit ? fit.Model : null,
                attainment.LatestYear is { } latestYear && attainment.LatestValue is { } latestValue ? new YearValue(latestYear, latestValue) : null,
                attainment.AtDeadline, options.Level,
                attainment.ProbabilityMet, attainment.FirstYearMet,
                new ForecastPace(
                    Change(attainment.ObservedAnnualChange),
                    Change(attainment.RequiredAnnualChange),
                    eurostat.Category == ProgressCategory.TargetAchieved ? null : eurostat.Statistic),
                new OfficialVerdicts(eurostat, unsd, sdsn),
                prefix + attainment.Message)
            { IsSynthetic = syntheticPoints > 0 };
        }

        // No quantified target (稳定提高 / 持续改善) or no deadline: the trend and the no-target growth verdict.
        var fitOnly = Trend.Fit(points, options.Model, trend);
        var noTarget = NoTargetCagr.Assess(points, direction, NoTargetScheme.Eurostat, progress);
        var at = deadline is { } d && fitOnly.Success ? fitOnly.Predict(d, options.Level) : (Interval?)null;
        var why = target is null ? "no quantified target: trend and no-target growth verdict only" : "no deadline in the source document; pass a default deadline to project";
        return new ForecastRow(
            county, rule, indicator.Code, OutlookKind.TrendOnly, new ForecastGoal(target, deadline, direction),
            fitOnly.Success ? fitOnly.Model : null,
            last is { } l ? new YearValue(l.Year, l.Value) : null,
            at, options.Level,
            null, null,
            new ForecastPace(Change(fitOnly.Success && fitOnly.Parameters is LinearParameters linear ? linear.Slope : ObservedSlope(points)), null, null),
            new OfficialVerdicts(noTarget, null, null),
            prefix + why + "; " + fitOnly.Message)
        { IsSynthetic = syntheticPoints > 0 };
    }

    // The same OLS as the linear model (points come sorted and finite from the panel); two points give the two-point slope.
    private static double? ObservedSlope(IReadOnlyList<(int Year, double Value)> points) =>
        points.Count < 2 ? null : LinearParameters.Estimate(points.ToArray(), out _).Slope;

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
