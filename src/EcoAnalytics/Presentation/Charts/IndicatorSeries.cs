using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>One observed point with the kind of its source.</summary>
/// <param name="Year">Year.</param>
/// <param name="Value">Value in the indicator's unit.</param>
/// <param name="Kind">Seed, published, derived, synthetic or other.</param>
/// <param name="Source">The source text (seed line, URL, derivation, <c>synthetic</c>).</param>
public sealed record SourcedPoint(int Year, double Value, SourceKind Kind, string Source);

/// <summary>A threshold a programme sets for the indicator.</summary>
/// <param name="Programme">Programme name.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Value">The target in the indicator's unit.</param>
/// <param name="Direction">Which way is better (≥ or ≤).</param>
/// <param name="Deadline">Target year, when there is one.</param>
public sealed record ChartThreshold(string Programme, string Rule, double Value, Direction? Direction, int? Deadline);

/// <summary>
/// Everything an indicator chart of one county draws: the points with their sources, every programme's threshold,
/// the deadline, and the projection with its interval band.
/// </summary>
/// <param name="County">The county.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Points">The points in year order.</param>
/// <param name="Thresholds">Each programme's threshold for it.</param>
/// <param name="Deadline">The latest deadline of those thresholds, when any.</param>
/// <param name="Model">The model of the projection, when one was fitted.</param>
/// <param name="Projection">The projection from the year after the last point to the deadline.</param>
public sealed record IndicatorSeries(
    County County,
    Indicator Indicator,
    IReadOnlyList<SourcedPoint> Points,
    IReadOnlyList<ChartThreshold> Thresholds,
    int? Deadline,
    TrendModel? Model,
    IReadOnlyList<Interval> Projection)
{
    /// <summary>True when any point is generated.</summary>
    public bool HasSynthetic => Points.Any(p => p.Kind == SourceKind.Synthetic);

    /// <summary>
    /// Collects a county's series of one indicator from the panel, the thresholds of the outlook rows about it (one
    /// per programme and rule with a target), and the projection of the row with the latest deadline.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="county">The county.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="outlook">Outlook rows with their programme names; only those of this county and indicator are used.</param>
    public static IndicatorSeries From(Panel panel, County county, Indicator indicator, IEnumerable<(string Programme, ForecastRow Row)> outlook)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(county);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(outlook);
        var c = panel.CountyIndex(county.Id);
        var i = panel.Catalog.IndexOf(indicator.Code);
        var raw = panel.Points(c, i).Points;
        var points = raw.Select(p => panel.Source(c, i, p.Year) is { } s ? new SourcedPoint(p.Year, p.Value, Sources.KindOf(s), s) : new SourcedPoint(p.Year, p.Value, SourceKind.Other, string.Empty)).ToList();
        var rows = outlook.Where(o => o.Row.County == county.Id && o.Row.Indicator == indicator.Code).ToList();
        var thresholds = rows.Where(o => o.Row.Goal.Target is not null)
            .Select(o => new ChartThreshold(o.Programme, o.Row.Rule, o.Row.Goal.Target!.Value, o.Row.Goal.Direction, o.Row.Goal.Deadline))
            .DistinctBy(t => (t.Programme, t.Value))
            .ToList();
        var projected = rows.Where(o => o.Row.Model is not null && o.Row.Goal.Deadline is not null)
            .OrderByDescending(o => o.Row.Goal.Deadline).ThenBy(o => o.Programme, StringComparer.Ordinal).Select(o => o.Row).FirstOrDefault();
        var deadline = rows.Select(o => o.Row.Goal.Deadline).Max();
        return new IndicatorSeries(
            county, indicator, points, thresholds, deadline, projected?.Model,
            projected is null ? [] : ProjectionPath.Of(projected, indicator, raw));
    }
}
