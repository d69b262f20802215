using EcoAnalytics.WhatIf;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Frames;

/// <summary>What-if results as DataFrames.</summary>
public static partial class DataFrames
{
    /// <summary>The comparison as a DataFrame with exactly <see cref="ThresholdComparison.Columns"/>.</summary>
    /// <param name="comparison">The comparison.</param>
    public static DataFrame ToDataFrame(this ThresholdComparison comparison) => ToDataFrame((IEnumerable<ComparisonRow>)comparison);

    /// <summary>Rows of one or several comparisons as a DataFrame with exactly <see cref="ThresholdComparison.Columns"/>.</summary>
    /// <param name="rows">The rows.</param>
    public static DataFrame ToDataFrame(this IEnumerable<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return FromCells(ThresholdComparison.Columns, rows.Select(ThresholdComparison.Cells).ToList(), ["year", "deadline"], ["synthetic"]);
    }

    /// <summary>The sweep as a DataFrame with exactly <see cref="SweepTable.Columns"/>.</summary>
    /// <param name="sweep">The sweep.</param>
    public static DataFrame ToDataFrame(this SweepTable sweep) => ToDataFrame((IEnumerable<SweepRow>)sweep);

    /// <summary>Rows of one or several sweeps as a DataFrame with exactly <see cref="SweepTable.Columns"/>.</summary>
    /// <param name="rows">The rows.</param>
    public static DataFrame ToDataFrame(this IEnumerable<SweepRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return FromCells(SweepTable.Columns, rows.Select(SweepTable.Cells).ToList(), ["year", "deadline"], ["meets_now", "synthetic"]);
    }

    // Column types from the names alone (stable even for an empty table): integers and booleans as listed, the numeric names as doubles, strings otherwise.
    private static DataFrame FromCells(IReadOnlyList<string> names, List<object?[]> cells, string[] integers, string[] booleans)
    {
        var columns = new List<DataFrameColumn>(names.Count);
        for (var c = 0; c < names.Count; c++)
        {
            var name = names[c];
            var k = c;
            columns.Add(name switch
            {
                _ when integers.Contains(name) => new Int32DataFrameColumn(name, cells.Select(r => (int?)r[k])),
                _ when booleans.Contains(name) => new BooleanDataFrameColumn(name, cells.Select(r => (bool?)r[k])),
                _ when IsNumeric(name) => new DoubleDataFrameColumn(name, cells.Select(r => (double?)r[k])),
                _ => new StringDataFrameColumn(name, cells.Select(r => (string?)r[k])),
            });
        }

        return new DataFrame(columns);
    }

    private static bool IsNumeric(string name) =>
        name is "value" or "threshold" or "threshold_a" or "threshold_b" or "gap_a" or "gap_b" or "p_met" or "p_met_a" or "p_met_b";
}
