namespace EcoAnalytics.Import;

/// <summary>
/// One table as read from a document, a sheet or a text file, before any meaning is given to it: rows of cell
/// texts, each row with the place it was read from. Merged cells are already spread: a vertically merged cell's
/// text is in every row it spans (<see cref="AnnexRow.Merged"/> says which cells were continuations).
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Name">The table's name in the file: <c>table 2</c> (Word), the sheet name (Excel), <c>text</c>.</param>
/// <param name="Rows">The rows, top to bottom.</param>
public sealed record AnnexTable(string File, string Name, IReadOnlyList<AnnexRow> Rows);

/// <summary>One row of an <see cref="AnnexTable"/>.</summary>
/// <param name="Number">1-based: the physical line (text), the sheet row (Excel) or the table row (Word).</param>
/// <param name="Cells">The cell texts, white space at either end trimmed, paragraphs joined by one space.</param>
/// <param name="Merged">For each cell, whether it continues a vertically merged cell from the row above.</param>
public sealed record AnnexRow(int Number, IReadOnlyList<string> Cells, IReadOnlyList<bool> Merged)
{
    /// <summary>A row without merged cells.</summary>
    public AnnexRow(int number, IReadOnlyList<string> cells)
        : this(number, cells, cells.Select(_ => false).ToList())
    {
    }

    /// <summary>The text of column <paramref name="index"/> (0-based), empty when the row is shorter.</summary>
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : string.Empty;

    /// <summary>True when every cell is empty.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// Where a cell is, for diagnostics and sources: Excel's <c>C7</c> for sheets, else the 1-based column.
    /// </summary>
    public static string CellName(int column, int row) => $"{ColumnLetters(column)}{row}";

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
