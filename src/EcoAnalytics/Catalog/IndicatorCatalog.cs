using System.Globalization;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Internal;
using EcoAnalytics.Io;

namespace EcoAnalytics.Catalog;

/// <summary>
/// The indicator catalog: every indicator the programmes use, looked up by code or by any Chinese wording.
/// Immutable once loaded.
/// </summary>
public sealed class IndicatorCatalog : IReadOnlyList<Indicator>
{
    private static readonly string[] Columns = ["code", "name_zh", "name_en", "unit", "kind", "direction", "min", "max", "domain", "aliases_zh"];

    private readonly List<Indicator> _indicators;
    private readonly Dictionary<string, int> _byCode;
    private readonly Dictionary<string, Indicator> _byAlias;

    /// <summary>Builds a catalog from indicators whose codes are unique.</summary>
    public IndicatorCatalog(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        _indicators = indicators.ToList();
        _byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        _byAlias = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        for (var i = 0; i < _indicators.Count; i++)
        {
            var indicator = _indicators[i];
            if (!_byCode.TryAdd(indicator.Code, i))
            {
                throw new ArgumentException($"duplicate indicator code '{indicator.Code}'", nameof(indicators));
            }

            foreach (var alias in indicator.AliasesZh.Append(indicator.NameZh))
            {
                _byAlias.TryAdd(NormalizeAlias(alias), indicator);
            }
        }
    }

    /// <inheritdoc/>
    public int Count => _indicators.Count;

    /// <inheritdoc/>
    public Indicator this[int index] => _indicators[index];

    /// <summary>The indicator with <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such code; the message suggests near matches.</exception>
    public Indicator this[string code] => Find(code) ?? throw new KeyNotFoundException(UnknownMessage(code));

    /// <summary>The indicator with <paramref name="code"/>, or <c>null</c>.</summary>
    public Indicator? Find(string code) => _byCode.TryGetValue(code, out var i) ? _indicators[i] : null;

    /// <summary>Position of <paramref name="code"/> in the catalog, or -1.</summary>
    public int IndexOf(string code) => _byCode.GetValueOrDefault(code, -1);

    /// <summary>
    /// The indicator a Chinese wording refers to (any alias the seeds use), ignoring white space and the
    /// difference between full-width and half-width forms; <c>null</c> if none.
    /// </summary>
    public Indicator? ResolveAlias(string wording) => _byAlias.GetValueOrDefault(NormalizeAlias(wording));

    /// <summary>Codes close to <paramref name="code"/> for did-you-mean messages.</summary>
    public IReadOnlyList<string> Suggest(string code) => EditDistance.Suggest(code, _byCode.Keys);

    /// <summary>"unknown indicator 'x' (did you mean 'y'?)".</summary>
    public string UnknownMessage(string code)
    {
        var suggestions = Suggest(code);
        return suggestions.Count == 0
            ? $"unknown indicator '{code}' (not in indicators.csv)"
            : $"unknown indicator '{code}' (did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?)";
    }

    /// <inheritdoc/>
    public IEnumerator<Indicator> GetEnumerator() => _indicators.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Loads <c>indicators.csv</c>. Invalid rows are reported and skipped.</summary>
    public static LoadResult<IndicatorCatalog> Load(string path, InputEncoding encoding = InputEncoding.Auto)
    {
        var diagnostics = new List<Diagnostic>();
        var csv = CsvFile.Open(path, encoding, diagnostics);
        var indicators = new List<Indicator>();
        if (csv is not null && csv.Require(Columns, diagnostics))
        {
            Read(csv, indicators, diagnostics);
        }

        return new LoadResult<IndicatorCatalog>(new IndicatorCatalog(indicators), diagnostics);
    }

    private static void Read(CsvFile csv, List<Indicator> indicators, List<Diagnostic> diagnostics)
    {
        var col = Columns.ToDictionary(c => c, csv.Column);
        var scaleColumn = csv.Column("scale"); // optional: the ordinal scale of a status indicator
        var changeColumn = csv.Column("change_of"); // optional: the level a change-size indicator measures the change of
        var seenCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenAliases = new Dictionary<string, (string Code, int Line)>(StringComparer.Ordinal);
        var rows = csv.Rows;
        while (rows.Read())
        {
            if (!csv.CheckRow(diagnostics))
            {
                continue;
            }

            var line = rows.Line;
            string Field(string name) => rows.GetString(col[name]);
            void Fail(string column, string message) =>
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidCatalogRow, message, csv.Name, line, col[column] + 1));

            var code = Field("code");
            if (!IsSnakeCase(code))
            {
                Fail("code", $"indicator code '{code}' is not snake_case");
                continue;
            }

            if (seenCodes.TryGetValue(code, out var firstLine))
            {
                Fail("code", $"indicator code '{code}' is already defined on line {firstLine}");
                continue;
            }

            if (!TryParseKind(Field("kind"), out var kind))
            {
                Fail("kind", $"kind '{Field("kind")}' is not numeric, status or count");
                continue;
            }

            if (!TryParseDirection(Field("direction"), out var direction))
            {
                Fail("direction", $"direction '{Field("direction")}' is not higher_better or lower_better");
                continue;
            }

            if (!TryParseBound(Field("min"), out var min) || !TryParseBound(Field("max"), out var max))
            {
                Fail("min", $"bounds '{Field("min")}'..'{Field("max")}' are not numbers");
                continue;
            }

            var nameZh = Field("name_zh");
            var aliases = Field("aliases_zh").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (!aliases.Contains(nameZh))
            {
                aliases.Insert(0, nameZh);
            }

            foreach (var alias in aliases)
            {
                if (seenAliases.TryGetValue(NormalizeAlias(alias), out var other) && other.Code != code)
                {
                    Fail("aliases_zh", $"alias '{alias}' of '{code}' already names '{other.Code}' (line {other.Line})");
                }
                else
                {
                    seenAliases[NormalizeAlias(alias)] = (code, line);
                }
            }

            var scaleText = scaleColumn < 0 ? string.Empty : rows.GetString(scaleColumn);
            if (!StatusScale.TryParseScale(scaleText, out var scale) || (scale != OrdinalScale.Ladder && kind != IndicatorKind.Status))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidCatalogRow, $"scale '{scaleText}' of '{code}' is not one of {string.Join(", ", StatusScale.ScaleNames)} (and only status indicators take one)", csv.Name, line, scaleColumn + 1));
                continue;
            }

            var changeOf = changeColumn < 0 ? string.Empty : rows.GetString(changeColumn);
            if (changeOf.Length > 0 && (kind != IndicatorKind.Numeric || direction != Direction.HigherIsBetter))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidCatalogRow, $"change_of '{changeOf}' of '{code}': a change-size indicator is numeric and higher_better (the size of the improvement)", csv.Name, line, changeColumn + 1));
                continue;
            }

            seenCodes[code] = line;
            indicators.Add(new Indicator(code, nameZh, Field("name_en"), Field("unit"), kind, direction, min, max, Field("domain"), aliases)
            {
                Scale = scale,
                ChangeOf = changeOf.Length > 0 ? changeOf : null,
            });
        }

        CheckChanges(csv, indicators, diagnostics, changeColumn);
    }

    /// <summary>A change-size indicator names a numeric level indicator of the catalog that is not itself a change.</summary>
    private static void CheckChanges(CsvFile csv, List<Indicator> indicators, List<Diagnostic> diagnostics, int changeColumn)
    {
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        for (var k = indicators.Count - 1; k >= 0; k--)
        {
            if (indicators[k].ChangeOf is not { } level)
            {
                continue;
            }

            if (!byCode.TryGetValue(level, out var of) || of.Kind == IndicatorKind.Status || of.ChangeOf is not null)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidCatalogRow, $"change_of '{level}' of '{indicators[k].Code}' is not a numeric level indicator of the catalog", csv.Name, null, changeColumn + 1));
                indicators.RemoveAt(k);
            }
        }
    }

    internal static bool IsSnakeCase(string code) =>
        code.Length > 0 && char.IsAsciiLetterLower(code[0]) && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static bool TryParseKind(string text, out IndicatorKind kind)
    {
        (var ok, kind) = text.ToLowerInvariant() switch
        {
            "numeric" => (true, IndicatorKind.Numeric),
            "status" => (true, IndicatorKind.Status),
            "count" => (true, IndicatorKind.Count),
            _ => (false, IndicatorKind.Numeric),
        };
        return ok;
    }

    private static bool TryParseDirection(string text, out Direction direction)
    {
        (var ok, direction) = text.ToLowerInvariant() switch
        {
            "higher_better" => (true, Direction.HigherIsBetter),
            "lower_better" => (true, Direction.LowerIsBetter),
            _ => (false, Direction.HigherIsBetter),
        };
        return ok;
    }

    private static bool TryParseBound(string text, out double? bound)
    {
        bound = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            bound = value;
            return true;
        }

        return false;
    }

    private static string NormalizeAlias(string wording) =>
        string.Concat(wording.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}
