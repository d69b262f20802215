namespace EcoAnalytics.Io;

/// <summary>
/// A forward-only RFC 4180 tokenizer over decoded text that knows the physical line of every record.
/// Fields are handed out as spans into the text; only fields with doubled quotes allocate.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly string _text;
    private (int Start, int Length, bool Escaped)[] _fields = new (int, int, bool)[16];
    private int _fieldCount;
    private int _position;
    private int _line = 1;

    private readonly char _delimiter;

    public CsvTokenizer(string text, char delimiter = ',')
    {
        _text = text;
        _delimiter = delimiter;
    }

    /// <summary>The field separator: comma, semicolon or tab.</summary>
    public char Delimiter => _delimiter;

    /// <summary>
    /// Fields a record should have (the header's count), once known. A quoted field that runs past its line into a
    /// record of another length (a stray quote) is then not allowed to swallow the rows below it: see <see cref="Read"/>.
    /// </summary>
    public int ExpectedFields { get; set; }

    /// <summary>Rows skipped because of an unclosed quote, so far.</summary>
    public int Resynchronised { get; private set; }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>1-based physical line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Set when the current record has an unterminated quoted field.</summary>
    public string? Error { get; private set; }

    /// <summary>Line breaks after the current position: an upper bound on the records still to come, less one.</summary>
    public int RemainingLineBreaks => _text.AsSpan(_position).Count('\n');

    /// <summary>Advances to the next non-empty record.</summary>
    public bool Read()
    {
        while (_position < _text.Length)
        {
            ReadRecord();
            if (!(_fieldCount == 1 && _fields[0].Length == 0 && Error is null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The raw (quote-stripped) field; contains doubled quotes if <see cref="IsEscaped"/>.</summary>
    public ReadOnlySpan<char> Span(int index)
    {
        var (start, length, _) = Field(index);
        return _text.AsSpan(start, length);
    }

    /// <summary>True when the field contains doubled quotes that <see cref="GetString"/> must unescape.</summary>
    public bool IsEscaped(int index) => Field(index).Escaped;

    /// <summary>The field as a string, unescaped and trimmed of surrounding white space.</summary>
    public string GetString(int index)
    {
        var span = Span(index).Trim();
        return Field(index).Escaped ? span.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : span.ToString();
    }

    private ref readonly (int Start, int Length, bool Escaped) Field(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_fieldCount, nameof(index));
        return ref _fields[index];
    }

    private void AddField(int start, int length, bool escaped)
    {
        if (_fieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_fieldCount++] = (start, length, escaped);
    }

    private void ReadRecord()
    {
        _fieldCount = 0;
        Error = null;
        Line = _line;
        if (TryReadUnquotedRecord())
        {
            return;
        }

        var start = _position;
        ReadQuotedRecord();
        var record = _text.AsSpan(start, _position - start).TrimEnd("\r\n");
        if (record.ContainsAny('\n', '\r') && (Error is not null || (ExpectedFields > 0 && (_fieldCount != ExpectedFields || SwallowsRecords(record)))))
        {
            // A quote opened on this line and closed (or never closed) lines below: a stray quote, not a multi-line
            // field. The record costs only its own line; reading resumes on the next one.
            SkipBadLine(start);
        }
    }

    /// <summary>Whether a line inside a multi-line record is itself a whole record (as many separators as the header).</summary>
    private bool SwallowsRecords(ReadOnlySpan<char> record)
    {
        var first = record.IndexOfAny('\n', '\r');
        var last = record.LastIndexOfAny('\n', '\r');
        if (first >= last)
        {
            return false;
        }

        foreach (var range in record[(first + 1)..last].SplitAny('\n', '\r'))
        {
            var line = record[(first + 1)..last][range];
            if (line.Length > 0 && line.Count(_delimiter) == ExpectedFields - 1)
            {
                return true;
            }
        }

        return false;
    }

    private void SkipBadLine(int start)
    {
        var rest = _text.AsSpan(start);
        var end = rest.IndexOfAny('\n', '\r');
        _fieldCount = 0;
        AddField(start, end < 0 ? rest.Length : end, false);
        Error = "a quote opened on this line is not closed on it; the row was skipped and reading resumed on the next line";
        Resynchronised++;
        _position = end < 0 ? _text.Length : start + end;
        _line = Line;
        if (_position < _text.Length)
        {
            SkipLineEnd();
        }
    }

    private void ReadQuotedRecord()
    {

        var text = _text;
        while (true)
        {
            if (_position < text.Length && text[_position] == '"')
            {
                ReadQuotedField();
            }
            else
            {
                var start = _position;
                var stop = text.AsSpan(_position).IndexOfAny(_delimiter, '\n', '\r');
                var end = stop < 0 ? text.Length : _position + stop;
                AddField(start, end - start, false);
                _position = end;
            }

            if (_position >= text.Length)
            {
                return;
            }

            if (text[_position] == _delimiter)
            {
                _position++;
                continue;
            }

            SkipLineEnd();
            return;
        }
    }

    /// <summary>Steps over the end of a record at the current position: \n, \r\n or a lone \r.</summary>
    private void SkipLineEnd()
    {
        if (_text[_position++] == '\r' && _position < _text.Length && _text[_position] == '\n')
        {
            _position++;
        }

        _line++;
    }

    /// <summary>
    /// The common case, done quickly: a record whose line holds no quote character is split on commas. Records with a
    /// quote anywhere take the general path; both give the same fields.
    /// </summary>
    private bool TryReadUnquotedRecord()
    {
        var rest = _text.AsSpan(_position);
        var stop = rest.IndexOfAny('"', '\n', '\r');
        if (stop >= 0 && rest[stop] == '"')
        {
            return false;
        }

        var line = stop < 0 ? rest : rest[..stop];
        var start = _position;
        for (var comma = line.IndexOf(_delimiter); comma >= 0; comma = line.IndexOf(_delimiter))
        {
            AddField(start, comma, false);
            start += comma + 1;
            line = line[(comma + 1)..];
        }

        AddField(start, line.Length, false);
        _position = start + line.Length;
        if (_position < _text.Length)
        {
            SkipLineEnd();
        }

        return true;
    }

    private void ReadQuotedField()
    {
        var text = _text;
        var start = ++_position;
        var escaped = false;
        while (true)
        {
            var next = text.IndexOf('"', _position);
            if (next < 0)
            {
                Error = "a quoted field is not closed before the end of the file";
                _line += text.AsSpan(_position).Count('\n');
                AddField(start, text.Length - start, escaped);
                _position = text.Length;
                return;
            }

            _line += text.AsSpan(_position, next - _position).Count('\n');
            if (next + 1 < text.Length && text[next + 1] == '"')
            {
                escaped = true;
                _position = next + 2;
                continue;
            }

            AddField(start, next - start, escaped);
            _position = next + 1;

            // Tolerate spaces between the closing quote and the separator.
            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }

            if (_position < text.Length && text[_position] != _delimiter && text[_position] is not ('\n' or '\r'))
            {
                Error = "unexpected characters after a closing quote";
                var stop = text.AsSpan(_position).IndexOfAny(_delimiter, '\n', '\r');
                _position = stop < 0 ? text.Length : _position + stop;
            }

            return;
        }
    }
}
