using EcoAnalytics.Diagnostics;
using EcoAnalytics.Internal;
using EcoAnalytics.Io;

namespace EcoAnalytics.Catalog;

/// <summary>The counties and reference units observations may name. Immutable once loaded.</summary>
public sealed class CountyRegistry : IReadOnlyList<County>
{
    private static readonly string[] Columns = ["id", "name_zh", "name_en", "level", "province", "prefecture", "terrain", "terrain_note", "reference"];

    private readonly List<County> _counties;
    private readonly Dictionary<string, int> _byId;

    /// <summary>Builds a registry from counties whose ids are unique.</summary>
    public CountyRegistry(IEnumerable<County> counties)
    {
        ArgumentNullException.ThrowIfNull(counties);
        _counties = counties.ToList();
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _counties.Count; i++)
        {
            if (!_byId.TryAdd(_counties[i].Id, i))
            {
                throw new ArgumentException($"duplicate county id '{_counties[i].Id}'", nameof(counties));
            }
        }
    }

    /// <inheritdoc/>
    public int Count => _counties.Count;

    /// <inheritdoc/>
    public County this[int index] => _counties[index];

    /// <summary>The county with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such id; the message suggests near matches.</exception>
    public County this[string id] => Find(id) ?? throw new KeyNotFoundException(UnknownMessage(id));

    /// <summary>The county with <paramref name="id"/> or with that Chinese or English name, or <c>null</c>.</summary>
    public County? Find(string id) =>
        _byId.TryGetValue(id, out var i)
            ? _counties[i]
            : _counties.FirstOrDefault(c => c.NameZh == id || string.Equals(c.NameEn, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Position of <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _byId.GetValueOrDefault(id, -1);

    /// <summary>The programme counties (not reference units), in file order.</summary>
    public IEnumerable<County> Programme => _counties.Where(c => !c.IsReference);

    /// <summary>"unknown county 'x' (did you mean 'y'?)".</summary>
    public string UnknownMessage(string id)
    {
        var suggestions = EditDistance.Suggest(id, _byId.Keys);
        return suggestions.Count == 0
            ? $"unknown county '{id}' (not in counties.csv)"
            : $"unknown county '{id}' (did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?)";
    }

    /// <inheritdoc/>
    public IEnumerator<County> GetEnumerator() => _counties.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Loads <c>counties.csv</c>. Invalid rows are reported and skipped.</summary>
    public static LoadResult<CountyRegistry> Load(string path, InputEncoding encoding = InputEncoding.Auto)
    {
        var diagnostics = new List<Diagnostic>();
        var csv = CsvFile.Open(path, encoding, diagnostics);
        var counties = new List<County>();
        if (csv is not null && csv.Require(Columns, diagnostics))
        {
            var col = Columns.ToDictionary(c => c, csv.Column);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            while (csv.Rows.Read())
            {
                if (!csv.CheckRow(diagnostics))
                {
                    continue;
                }

                string Field(string name) => csv.Rows.GetString(col[name]);
                var line = csv.Rows.Line;
                var id = Field("id");
                var terrainLabel = Field("terrain");
                var terrain = Terrains.Parse(terrainLabel);
                var reference = Field("reference").Equals("true", StringComparison.OrdinalIgnoreCase);
                string? problem = id.Length == 0 ? "the id is empty"
                    : seen.TryGetValue(id, out var first) ? $"county id '{id}' is already defined on line {first}"
                    : terrain is null ? $"terrain '{terrainLabel}' is not one of {Terrains.ClassList}"
                    : terrain == Terrain.None && !reference ? $"county '{id}' needs a terrain class ({Terrains.ClassList})"
                    : null;
                if (problem is not null)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidCatalogRow, problem, csv.Name, line) { County = id });
                    continue;
                }

                seen[id] = line;
                counties.Add(new County(id, Field("name_zh"), Field("name_en"), Field("level"), Field("province"), Field("prefecture"), terrain ?? Terrain.None, Field("terrain_note"), reference));
            }
        }

        return new LoadResult<CountyRegistry>(new CountyRegistry(counties), diagnostics);
    }
}
