using EcoAnalytics.Forecasting;
namespace EcoAnalytics.Outlook;

/// <summary>Forecast rows for a programme, with a DataFrame view.</summary>
public sealed class ForecastTable(string workflow, IReadOnlyList<ForecastRow> rows) : IReadOnlyList<ForecastRow>
{
    /// <summary>The columns of the DataFrame (<c>EcoAnalytics.Frames</c>), CSV and JSON output, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "county", "rule", "indicator", "deadline", "target", "direction", "model", "last_year", "last_value", "projected", "lower", "upper", "level",
        "probability_met", "expected_year_met", "observed_annual_change", "required_annual_change", "progress_ratio",
        "verdict_eurostat", "verdict_unsd", "verdict_sdsn", "note",
    ];

    /// <summary>The workflow forecast.</summary>
    public string Workflow { get; } = workflow;

    /// <inheritdoc/>
    public int Count => rows.Count;

    /// <inheritdoc/>
    public ForecastRow this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<ForecastRow> GetEnumerator() => rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
