namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Trend models for short annual series, in the shape of Math.NET <c>Fit</c>: <see cref="Fit(ReadOnlySpan{ValueTuple{int, double}}, TrendModel, TrendOptions?)"/>
/// returns the fitted parameters and predictive distributions, <see cref="Line"/> a ready projection function.
/// Input points are (year, value) pairs in any order; years may have gaps; NaN and infinite values are dropped
/// and duplicate years averaged (stated in <see cref="TrendFit.Message"/>). Every model needs at least 3 usable
/// points; fewer give <see cref="TrendOutcome.NoData"/>, never an exception.
/// </summary>
public static class Trend
{
    /// <summary>Fits <paramref name="model"/> (default <see cref="TrendModel.Auto"/>) to the points.</summary>
    /// <param name="points">(year, value) pairs.</param>
    /// <param name="model">The model, or Auto (see <see cref="TrendModel.Auto"/> for the rule).</param>
    /// <param name="options">Value range, damping, Theta variant and Auto settings; null for defaults.</param>
    public static TrendFit Fit(IEnumerable<(int Year, double Value)> points, TrendModel model = TrendModel.Auto, TrendOptions? options = null) =>
        Fit(SeriesData.ToArray(points).AsSpan(), model, options);

    /// <summary>Fits <paramref name="model"/> to the points without copying them when they are already clean and sorted.</summary>
    /// <param name="points">(year, value) pairs.</param>
    /// <param name="model">The model, or Auto.</param>
    /// <param name="options">Value range, damping, Theta variant and Auto settings; null for defaults.</param>
    public static TrendFit Fit(ReadOnlySpan<(int Year, double Value)> points, TrendModel model = TrendModel.Auto, TrendOptions? options = null)
    {
        options ??= TrendOptions.Default;
        if ((uint)model > (uint)TrendModel.Naive)
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown trend model.");
        }

        var clean = SeriesData.Clean(points, out var note);
        return model == TrendModel.Linear ? LinearModel.Fit(clean, options, note) : TrendEstimation.Fit(clean, model, options, note);
    }

    /// <summary>
    /// The OLS line through the points as a function of the year, ŷ(year) = a + b·year. Needs at least 3 usable
    /// points; with fewer it throws <see cref="InvalidOperationException"/> (use <see cref="Fit(IEnumerable{ValueTuple{int, double}}, TrendModel, TrendOptions?)"/> to get the outcome as a value).
    /// </summary>
    public static Func<int, double> Line(IEnumerable<(int Year, double Value)> points) => Fit(points, TrendModel.Linear).Projection;
}
