using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// The year-by-year projection behind an outlook row: the row's fitted model (what Auto chose), refitted on the same
/// points with the indicator's catalog limits exactly as the outlook fits it, predicted for every year after the last
/// observation up to the deadline with the row's interval level.
/// </summary>
public static class ProjectionPath
{
    /// <summary>The projection from the year after the last point to <paramref name="deadline"/>; empty when nothing can be projected.</summary>
    /// <param name="indicator">The indicator (its limits keep the projection possible).</param>
    /// <param name="points">The observed points the outlook used.</param>
    /// <param name="model">The model of the outlook row (<see cref="ForecastRow.Model"/>); null gives an empty path.</param>
    /// <param name="deadline">Last year to project.</param>
    /// <param name="level">Interval coverage, e.g. 0.8.</param>
    public static IReadOnlyList<Interval> Of(Indicator indicator, IReadOnlyList<(int Year, double Value)> points, TrendModel? model, int deadline, double level)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(points);
        if (model is not { } m || points.Count == 0)
        {
            return [];
        }

        var fit = Trend.Fit(points, m, new TrendOptions { Range = indicator.Range });
        var last = points[^1].Year;
        if (!fit.Success || deadline <= last)
        {
            return [];
        }

        var path = new List<Interval>(deadline - last);
        for (var year = last + 1; year <= deadline; year++)
        {
            path.Add(fit.Predict(year, level));
        }

        return path;
    }

    /// <summary>The projection of an outlook row to its deadline (see <see cref="Of(Indicator, IReadOnlyList{ValueTuple{int, double}}, TrendModel?, int, double)"/>).</summary>
    /// <param name="row">The outlook row.</param>
    /// <param name="indicator">Its indicator.</param>
    /// <param name="points">The points the row was forecast from.</param>
    public static IReadOnlyList<Interval> Of(ForecastRow row, Indicator indicator, IReadOnlyList<(int Year, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Goal.Deadline is { } deadline ? Of(indicator, points, row.Model, deadline, row.Level) : [];
    }
}
