using Microsoft.Data.Analysis;

namespace EcoAnalytics.Outlook;

/// <summary>Forecast rows for a programme, with a DataFrame view.</summary>
public sealed class ForecastTable(string workflow, IReadOnlyList<ForecastRow> rows) : IReadOnlyList<ForecastRow>
{
    /// <summary>The columns of <see cref="ToDataFrame()"/>, CSV and JSON output, in order.</summary>
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

    /// <summary>The rows as a DataFrame with exactly <see cref="Columns"/>.</summary>
    public DataFrame ToDataFrame() => ToDataFrame(rows);

    /// <summary>Rows of one or several tables as a DataFrame with exactly <see cref="Columns"/>.</summary>
    public static DataFrame ToDataFrame(IEnumerable<ForecastRow> rows)
    {
        var list = rows.ToList();
        DoubleDataFrameColumn D(string name, Func<ForecastRow, double?> get) => new(name, list.Select(get));
        Int32DataFrameColumn I(string name, Func<ForecastRow, int?> get) => new(name, list.Select(get));
        StringDataFrameColumn S(string name, Func<ForecastRow, string> get) => new(name, list.Select(get));
        return new DataFrame(
            S("county", r => r.County), S("rule", r => r.Rule), S("indicator", r => r.Indicator), I("deadline", r => r.Deadline),
            D("target", r => r.Target), S("direction", r => r.Direction), S("model", r => r.Model), I("last_year", r => r.LastYear),
            D("last_value", r => r.LastValue), D("projected", r => r.Projected), D("lower", r => r.Lower), D("upper", r => r.Upper),
            D("level", r => r.Level), D("probability_met", r => r.ProbabilityMet), I("expected_year_met", r => r.ExpectedYearMet),
            D("observed_annual_change", r => r.ObservedAnnualChange), D("required_annual_change", r => r.RequiredAnnualChange),
            D("progress_ratio", r => r.ProgressRatio), S("verdict_eurostat", r => r.VerdictEurostat), S("verdict_unsd", r => r.VerdictUnsd),
            S("verdict_sdsn", r => r.VerdictSdsn), S("note", r => r.Note));
    }
}
