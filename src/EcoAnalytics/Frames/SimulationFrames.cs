using EcoAnalytics.Data;
using EcoAnalytics.Simulation;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Frames;

public static partial class DataFrames
{
    /// <summary>
    /// A simulation as one tidy DataFrame with exactly <see cref="SimulationCells.Columns"/>: rule rows
    /// (<c>measure</c> = <c>rule</c>) and joint rows (<c>joint_all_binding</c>, <c>joint_all</c>). Numbers are double or
    /// int columns (null where a row has none), <c>synthetic</c> is a bool column.
    /// </summary>
    /// <param name="result">The simulation.</param>
    public static DataFrame ToDataFrame(this SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = SimulationCells.Rows(result).ToList();
        var columns = SimulationCells.Columns;
        var frame = new DataFrame();
        for (var c = 0; c < columns.Count; c++)
        {
            var name = columns[c];
            var cells = rows.Select(r => r[c]).ToList();
            DataFrameColumn column = name == "synthetic"
                ? new BooleanDataFrameColumn(name, cells.Select(v => v is string s && s == Sources.Synthetic))
                : cells.All(v => v is null or int)
                    ? new Int32DataFrameColumn(name, cells.Select(v => (int?)v))
                    : cells.All(v => v is null or int or double)
                        ? new DoubleDataFrameColumn(name, cells.Select(v => v switch { int i => i, double d => d, _ => (double?)null }))
                        : new StringDataFrameColumn(name, cells.Select(v => v switch { null => null, string s => s, var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) }));
            frame.Columns.Add(column);
        }

        return frame;
    }
}
