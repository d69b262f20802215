using System.Buffers;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Io;

/// <summary>A decoded CSV file with its header read: column lookup by name and a row tokenizer.</summary>
internal sealed class CsvFile
{
    private readonly Dictionary<string, int> _columns;

    private CsvFile(string name, CsvTokenizer rows, Dictionary<string, int> columns)
    {
        Name = name;
        Rows = rows;
        _columns = columns;
        HeaderFieldCount = rows.FieldCount;
    }

    /// <summary>The file name as shown in diagnostics.</summary>
    public string Name { get; }

    /// <summary>The tokenizer positioned after the header.</summary>
    public CsvTokenizer Rows { get; }

    /// <summary>Number of header fields.</summary>
    public int HeaderFieldCount { get; }

    /// <summary>Reads and decodes <paramref name="path"/>; returns <c>null</c> (with diagnostics) if unusable.</summary>
    public static CsvFile? Open(string path, InputEncoding encoding, ICollection<Diagnostic> diagnostics)
    {
        // The raw bytes are dead once decoded: a pooled buffer spares committing tens of megabytes on every load.
        byte[]? pooled = null;
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileNotFound, $"'{path}' is a folder, not a CSV file: name the file inside it", path));
                return null;
            }

            ReadOnlySpan<byte> bytes;
            try
            {
                bytes = ReadAll(path, out pooled);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileNotFound, $"cannot read the file: {ex.Message}", path));
                return null;
            }

            var text = TextDecoder.Decode(bytes, encoding, path, diagnostics);
            return text is null ? null : FromText(text, path, diagnostics);
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>The file's bytes, in a rented buffer when its length is known (else as <see cref="File.ReadAllBytes"/> gives them).</summary>
    private static ReadOnlySpan<byte> ReadAll(string path, out byte[]? pooled)
    {
        pooled = null;
        using (var handle = File.OpenHandle(path))
        {
            var length = RandomAccess.GetLength(handle);
            if (length > 0 && length <= Array.MaxLength)
            {
                pooled = ArrayPool<byte>.Shared.Rent((int)length);
                var read = 0;
                for (int n; read < length && (n = RandomAccess.Read(handle, pooled.AsSpan(read, (int)length - read), read)) > 0;)
                {
                    read += n;
                }

                return pooled.AsSpan(0, read);
            }
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Wraps already-decoded text.</summary>
    public static CsvFile? FromText(string text, string name, ICollection<Diagnostic> diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var delimiter = SniffDelimiter(text);
        if (delimiter != ',')
        {
            diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.Delimiter, $"fields are separated by {(delimiter == '\t' ? "tabs" : $"'{delimiter}'")}, not commas; read that way", name, 1));
        }

        var rows = new CsvTokenizer(text, delimiter);
        if (!rows.Read())
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file is empty: expected a header row", name, 1));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.FieldCount; i++)
        {
            columns.TryAdd(rows.GetString(i), i);
        }

        rows.ExpectedFields = rows.FieldCount;

        return new CsvFile(name, rows, columns);
    }

    /// <summary>
    /// The separator of the header line: a comma unless the line has none and has semicolons or tabs (Excel's
    /// "CSV" in locales with a decimal comma, and its "Unicode text"), in which case the more frequent of those.
    /// </summary>
    internal static char SniffDelimiter(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\n', '\r');
        var header = end < 0 ? text : text[..end];
        if (header.Contains(','))
        {
            return ',';
        }

        var semicolons = header.Count(';');
        var tabs = header.Count('\t');
        return tabs == 0 && semicolons == 0 ? ',' : tabs >= semicolons ? '\t' : ';';
    }

    /// <summary>The index of <paramref name="column"/>, or -1.</summary>
    public int Column(string column) => _columns.GetValueOrDefault(column, -1);

    /// <summary>Adds an error for each missing column; true when all are present.</summary>
    public bool Require(IEnumerable<string> required, ICollection<Diagnostic> diagnostics)
    {
        var missing = required.Where(c => !_columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Error,
                DiagnosticCodes.MissingColumn,
                $"the header has no '{column}' column (found: {string.Join(", ", _columns.OrderBy(c => c.Value).Select(c => c.Key))})",
                Name,
                1));
        }

        return missing.Count == 0;
    }

    /// <summary>Adds a warning for every header column not in <paramref name="known"/> (they are ignored).</summary>
    public void WarnUnknownColumns(IReadOnlyCollection<string> known, ICollection<Diagnostic> diagnostics)
    {
        foreach (var (column, index) in _columns.OrderBy(c => c.Value))
        {
            if (!known.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownColumn, $"column '{column}' is not part of the format ({string.Join(", ", known)}) and is ignored", Name, 1, index + 1));
            }
        }
    }

    /// <summary>Checks the current row's shape; adds an error and returns false if it cannot be used.</summary>
    public bool CheckRow(ICollection<Diagnostic> diagnostics)
    {
        if (Rows.Error is { } error)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.MalformedRow, error, Name, Rows.Line));
            return false;
        }

        if (Rows.FieldCount > HeaderFieldCount)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Error,
                DiagnosticCodes.MalformedRow,
                $"the row has {Rows.FieldCount} fields, the header {HeaderFieldCount}: a decimal comma or an unquoted comma in a text field?",
                Name,
                Rows.Line,
                HeaderFieldCount + 1));
            return false;
        }

        if (Rows.FieldCount < HeaderFieldCount)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Error,
                DiagnosticCodes.MalformedRow,
                $"the row has {Rows.FieldCount} fields, the header {HeaderFieldCount}",
                Name,
                Rows.Line));
            return false;
        }

        return true;
    }
}
