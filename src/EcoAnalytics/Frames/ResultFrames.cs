using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Frames;

/// <summary>Results as DataFrames, and evaluation straight from a wide DataFrame.</summary>
public static partial class DataFrames
{
    /// <summary>
    /// Evaluates <paramref name="programme"/> over a wide county-year frame (see <see cref="ToPanel"/>). Rows the frame
    /// cannot supply are reported in the diagnostics; the rest is evaluated.
    /// </summary>
    /// <param name="wide">The wide frame.</param>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="counties">Registry the frame's county ids are looked up in.</param>
    /// <param name="options">Counties, years and thresholds; defaults to the programme's county and deadlines.</param>
    public static LoadResult<ComplianceTable> Evaluate(this DataFrame wide, CompiledProgramme programme, CountyRegistry counties, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var panel = wide.ToPanel(programme.Catalog, counties);
        return new LoadResult<ComplianceTable>(ProgrammeEvaluator.Evaluate(programme, panel.Value, counties, null, options), panel.Diagnostics);
    }

    /// <summary>The table as a DataFrame with exactly <see cref="ComplianceTable.Columns"/>.</summary>
    /// <param name="table">The compliance table.</param>
    public static DataFrame ToDataFrame(this ComplianceTable table) => ToDataFrame((IEnumerable<ComplianceResult>)table);

    /// <summary>Rows of one or several tables as a DataFrame with exactly <see cref="ComplianceTable.Columns"/>.</summary>
    /// <param name="rows">The rows.</param>
    public static DataFrame ToDataFrame(this IEnumerable<ComplianceResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows as IReadOnlyList<ComplianceResult> ?? rows.ToList();
        var n = list.Count;
        var county = new string[n];
        var year = new int[n];
        var workflow = new string[n];
        var rule = new string[n];
        var indicator = new string[n];
        var value = new double?[n];
        var threshold = new double?[n];
        var set = new string[n];
        var comparator = new string[n];
        var status = new string[n];
        var gap = new double?[n];
        var message = new string[n];
        var source = new string?[n];
        var synthetic = new bool[n];
        var valueLabel = new string?[n];
        var thresholdLabel = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var r = list[i];
            (county[i], year[i], workflow[i], rule[i], indicator[i]) = (r.County, r.Year, r.Programme, r.Rule, r.Indicator);
            (value[i], threshold[i], set[i], comparator[i], status[i], gap[i], message[i]) = (r.Value, r.Threshold, r.ThresholdSet, r.Comparator, r.Status.ToString(), r.Gap, r.Message);
            (source[i], synthetic[i], valueLabel[i], thresholdLabel[i]) = (r.Source, r.IsSynthetic, r.ValueLabel, r.ThresholdLabel);
        }

        return new DataFrame(
            new StringDataFrameColumn("county", county),
            new Int32DataFrameColumn("year", year),
            new StringDataFrameColumn("workflow", workflow),
            new StringDataFrameColumn("rule", rule),
            new StringDataFrameColumn("indicator", indicator),
            new DoubleDataFrameColumn("value", value),
            new DoubleDataFrameColumn("threshold", threshold),
            new StringDataFrameColumn("threshold_set", set),
            new StringDataFrameColumn("comparator", comparator),
            new StringDataFrameColumn("status", status),
            new DoubleDataFrameColumn("gap", gap),
            new StringDataFrameColumn("message", message),
            new StringDataFrameColumn("source", source),
            new BooleanDataFrameColumn("synthetic", synthetic),
            new StringDataFrameColumn("value_label", valueLabel),
            new StringDataFrameColumn("threshold_label", thresholdLabel));
    }

    /// <summary>The outlook as a DataFrame with exactly <see cref="ForecastTable.Columns"/>.</summary>
    /// <param name="table">The outlook table.</param>
    public static DataFrame ToDataFrame(this ForecastTable table) => ToDataFrame((IEnumerable<ForecastRow>)table);

    /// <summary>Outlook rows of one or several tables as a DataFrame with exactly <see cref="ForecastTable.Columns"/>.</summary>
    /// <param name="rows">The rows.</param>
    public static DataFrame ToDataFrame(this IEnumerable<ForecastRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(ForecastTable.Cells).ToList();
        var columns = new List<DataFrameColumn>(ForecastTable.Columns.Count);
        for (var c = 0; c < ForecastTable.Columns.Count; c++)
        {
            var name = ForecastTable.Columns[c];
            var k = c;
            columns.Add(name switch
            {
                "deadline" or "last_year" or "expected_year_met" => new Int32DataFrameColumn(name, cells.Select(r => (int?)r[k])),
                "county" or "rule" or "indicator" or "direction" or "model" or "verdict_eurostat" or "verdict_unsd" or "verdict_sdsn" or "note" or "workflow" or "outlook"
                    => new StringDataFrameColumn(name, cells.Select(r => (string?)r[k])),
                _ => new DoubleDataFrameColumn(name, cells.Select(r => (double?)r[k])),
            });
        }

        return new DataFrame(columns);
    }
}
