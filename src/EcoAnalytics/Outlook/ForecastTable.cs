using EcoAnalytics.Internal;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Progress;

namespace EcoAnalytics.Outlook;

/// <summary>The outlook rows of one programme (a DataFrame view is in <c>EcoAnalytics.Frames</c>).</summary>
public sealed class ForecastTable(string programme, IReadOnlyList<ForecastRow> rows) : IReadOnlyList<ForecastRow>
{
    /// <summary>The columns of the DataFrame (<c>EcoAnalytics.Frames</c>), CSV and JSON output, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "county", "rule", "indicator", "deadline", "target", "direction", "model", "last_year", "last_value", "projected", "lower", "upper", "level",
        "probability_met", "expected_year_met", "observed_annual_change", "required_annual_change", "progress_ratio",
        "verdict_eurostat", "verdict_unsd", "verdict_sdsn", "note", "workflow", "outlook",
    ];

    /// <summary>The programme's name (<see cref="Rules.Programme.Name"/>).</summary>
    public string Programme { get; } = programme;

    /// <inheritdoc/>
    public int Count => rows.Count;

    /// <inheritdoc/>
    public ForecastRow this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<ForecastRow> GetEnumerator() => rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The row as the values of <see cref="Columns"/>, in order: numbers as <see cref="int"/> or <see cref="double"/>
    /// (null when absent), words as the CLI and DataFrame show them (direction <c>higher</c>/<c>lower</c>, model in
    /// lower case or <c>none</c>, the verdicts' labels, <c>no target</c> or <c>not applicable</c>). Observed values and
    /// targets as given; derived numbers rounded: changes per year as <see cref="ForecastPace"/> holds them (three
    /// decimals more than the series and the target), projections, probabilities and ratios to 12 significant digits.
    /// </summary>
    /// <param name="row">The row.</param>
    public static object?[] Cells(ForecastRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // Projections, probabilities and ratios to 12 significant digits (Internal.Precision); the changes per year come
        // rounded to the data's precision from SeriesForecaster.
        return
        [
            row.County, row.Rule, row.Indicator, row.Goal.Deadline, row.Goal.Target, DirectionWord(row.Goal.Direction),
            ModelName(row.Model), row.Latest?.Year, row.Latest?.Value,
            Precision.Significant(row.AtDeadline?.Median), Precision.Significant(row.AtDeadline?.Lower), Precision.Significant(row.AtDeadline?.Upper), row.Level,
            Precision.Significant(row.ProbabilityMet), row.ExpectedYearMet, row.Pace.ObservedAnnualChange, row.Pace.RequiredAnnualChange, Precision.Significant(row.Pace.ProgressRatio),
            VerdictLabel(row, row.Verdicts.Eurostat), VerdictLabel(row, row.Verdicts.Unsd), VerdictLabel(row, row.Verdicts.Sdsn), row.Note,
            row.Programme, OutlookWord(row.Assessment),
        ];
    }

    /// <summary>The model's name as the CLI accepts it (linear, loglinear, logit, damped, theta, drift, naive), or <c>none</c>.</summary>
    /// <param name="model">The model; null when none was fitted.</param>
    public static string ModelName(TrendModel? model) => model?.ToString().ToLowerInvariant() ?? "none";

    /// <summary>A verdict's label, or why there is none: <c>no target</c> for trend-only rows, else <c>not applicable</c>.</summary>
    /// <param name="row">The row the verdict belongs to.</param>
    /// <param name="verdict">One of its <see cref="ForecastRow.Verdicts"/>.</param>
    public static string VerdictLabel(ForecastRow row, ProgressVerdict? verdict)
    {
        ArgumentNullException.ThrowIfNull(row);
        return verdict?.Label ?? (row.Kind == OutlookKind.TrendOnly ? "no target" : "not applicable");
    }

    /// <summary><c>met</c>, <c>missed</c>, <c>on track</c>, <c>off track</c>, or empty without a probability.</summary>
    /// <param name="outlook">The row's <see cref="ForecastRow.Assessment"/>.</param>
    public static string OutlookWord(TargetOutlook? outlook) => outlook switch
    {
        TargetOutlook.Met => "met",
        TargetOutlook.Missed => "missed",
        TargetOutlook.OnTrack => "on track",
        TargetOutlook.OffTrack => "off track",
        _ => string.Empty,
    };

    /// <summary><c>higher</c>, <c>lower</c>, or empty when there is no direction.</summary>
    /// <param name="direction">Which way is better.</param>
    public static string DirectionWord(Direction? direction) => direction switch
    {
        Direction.HigherIsBetter => "higher",
        Direction.LowerIsBetter => "lower",
        _ => string.Empty,
    };
}
