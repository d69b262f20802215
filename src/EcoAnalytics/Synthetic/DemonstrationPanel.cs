using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Synthetic;

/// <summary>Builds the demonstration panel; see <see cref="PanelGenerator.GenerateDemonstration"/>.</summary>
internal sealed class DemonstrationPanel
{
    /// <summary>Share of fillable cells left empty on purpose, so that rules meet missing data.</summary>
    public const double MissingShare = 0.03;

    private readonly Dataset _real;
    private readonly int _firstYear;
    private readonly int _years;
    private readonly int _seed;
    private readonly ObservationTable _table;
    private readonly string _notePrefix;

    // Per county-indicator: the preferred real value of each year (Sources.Priority, then file order).
    private readonly Dictionary<(int County, int Indicator), SortedDictionary<int, RealCell>> _anchors = [];

    // Cells that have any real value at all: never filled.
    private readonly HashSet<(int County, int Indicator, int Year)> _occupied = [];

    private DemonstrationPanel(Dataset real, int firstYear, int lastYear, int seed)
    {
        _real = real;
        _firstYear = firstYear;
        _years = lastYear - firstYear + 1;
        _seed = seed;
        _table = new ObservationTable(real.Catalog, real.Counties, real.Observations.Count + 256);
        _notePrefix = string.Create(CultureInfo.InvariantCulture, $"synthetic: demonstration panel, seed {seed}");
    }

    public static ObservationTable Generate(Dataset real, IEnumerable<string> counties, int firstYear, int lastYear, int seed)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);
        var wanted = counties.Distinct(StringComparer.Ordinal)
            .Select(id => real.Counties.IndexOf(id) is var i && i >= 0 ? i : throw new ArgumentException(real.Counties.UnknownMessage(id), nameof(counties)))
            .ToList();
        var panel = new DemonstrationPanel(real, firstYear, lastYear, seed);
        panel.CopyReal();
        foreach (var county in wanted)
        {
            panel.FillCounty(county);
        }

        return panel._table;
    }

    /// <summary>Keeps every real row as it is; earlier synthetic rows are dropped (they are regenerated).</summary>
    private void CopyReal()
    {
        var real = _real.Observations;
        for (var row = 0; row < real.Count; row++)
        {
            var source = real.Text(real.SourceId(row));
            if (Sources.KindOf(source) == SourceKind.Synthetic)
            {
                continue;
            }

            _table.Add(real[row]);
            var (county, indicator, year) = (real.CountyIndex(row), real.IndicatorIndex(row), real.Year(row));
            _occupied.Add((county, indicator, year));
            if (!_anchors.TryGetValue((county, indicator), out var byYear))
            {
                byYear = _anchors[(county, indicator)] = [];
            }

            var priority = Sources.Priority(Sources.KindOf(source));
            if (!byYear.TryGetValue(year, out var existing) || priority < existing.Priority)
            {
                byYear[year] = new RealCell(real.Value(row), priority, real.Label(row));
            }
        }
    }

    private void FillCounty(int county)
    {
        var catalog = _real.Catalog;
        var ratio = catalog.IndexOf(GoodAir.Ratio);
        var days = catalog.IndexOf(GoodAir.Days);
        for (var i = 0; i < catalog.Count; i++)
        {
            if (i == days && ratio >= 0)
            {
                continue; // derived together with the ratio
            }

            var indicator = catalog[i];
            if (indicator.ChangeOf is not null)
            {
                continue; // a change-size indicator is computed from its level, never observed on its own
            }

            var rng = SeedMix.Random(_seed, _real.Counties[county].Id, indicator.Code);
            if (indicator.Kind == IndicatorKind.Status)
            {
                FillStatus(county, i, rng);
            }
            else if (i == ratio)
            {
                FillGoodAir(county, ratio, days, rng);
            }
            else
            {
                var anchors = Anchors(county, i);
                var values = Draw(county, i, anchors, rng);
                for (var y = 0; y < _years; y++)
                {
                    AddUnlessKept(county, i, y, values[y], null, Note(anchors.Length), rng);
                }
            }
        }
    }

    private void FillStatus(int county, int indicator, Random rng)
    {
        var anchors = Anchors(county, indicator);
        var realLabels = _anchors.Where(a => a.Key.Indicator == indicator).SelectMany(a => a.Value.Values).Select(cell => cell.Label ?? string.Empty);
        var labels = StatusSynthesizer.LabelsFor(_real.Catalog[indicator], realLabels);
        var levels = new int[_years];
        StatusSynthesizer.Fill(levels, _firstYear, anchors, rng);
        for (var y = 0; y < _years; y++)
        {
            var label = labels[levels[y]];
            AddUnlessKept(county, indicator, y, StatusScale.LevelOf(label, _real.Catalog[indicator].Scale) ?? levels[y], label, Note(anchors.Length), rng);
        }
    }

    /// <summary>
    /// The ratio is drawn anchored on real ratios and on real day counts converted to ratios; a ratio cell next to
    /// real days is computed from them, and days are always computed from the ratio (real or synthetic).
    /// </summary>
    private void FillGoodAir(int county, int ratio, int days, Random rng)
    {
        var realRatio = Real(county, ratio);
        var realDays = days >= 0 ? Real(county, days) : [];
        var merged = new SortedDictionary<int, double>();
        foreach (var (year, cell) in realDays)
        {
            merged[year] = Math.Clamp(GoodAir.RatioFromDays(cell.Value, year), 0, 100);
        }

        foreach (var (year, cell) in realRatio)
        {
            merged[year] = cell.Value;
        }

        var anchors = merged.Select(a => new Anchor(a.Key, a.Value)).ToArray();
        var ratios = Draw(county, ratio, anchors, rng);
        var ratioIndicator = _real.Catalog[ratio];
        for (var y = 0; y < _years; y++)
        {
            var year = _firstYear + y;
            var fromDays = !realRatio.ContainsKey(year) && realDays.ContainsKey(year);
            var r = realRatio.TryGetValue(year, out var stated) ? stated.Value
                : fromDays ? SeriesSynthesizer.Finish(GoodAir.RatioFromDays(realDays[year].Value, year), 1, ratioIndicator)
                : ratios[y];
            var ratioNote = fromDays
                ? string.Create(CultureInfo.InvariantCulture, $"{_notePrefix}; {GoodAir.Ratio} = real {GoodAir.Days} / {GoodAir.DaysInYear(year)} × 100")
                : Note(anchors.Length);
            AddUnlessKept(county, ratio, y, r, null, ratioNote, rng);
            if (days >= 0)
            {
                var dayCount = SeriesSynthesizer.Finish(GoodAir.DaysFromRatio(r, year), 0, _real.Catalog[days]);
                var daysNote = string.Create(CultureInfo.InvariantCulture, $"{_notePrefix}; {GoodAir.Days} = round({GoodAir.Ratio} × {GoodAir.DaysInYear(year)} / 100)");
                AddUnlessKept(county, days, y, dayCount, null, daysNote, rng);
            }
        }
    }

    private double[] Draw(int county, int indicator, Anchor[] anchors, Random rng)
    {
        var values = new double[_years];
        var item = _real.Catalog[indicator];
        SeriesSynthesizer.Fill(values, _firstYear, item, IndicatorPriors.For(item), _real.Counties[county].Terrain, anchors, rng);
        return values;
    }

    /// <summary>Adds a synthetic row unless a real value holds the cell; one draw decides whether it is left missing.</summary>
    private void AddUnlessKept(int county, int indicator, int y, double value, string? label, string note, Random rng)
    {
        var year = _firstYear + y;
        var missing = rng.NextDouble() < MissingShare;
        if (!missing && !_occupied.Contains((county, indicator, year)))
        {
            _table.Add(county, indicator, year, value, label, Sources.Synthetic, note, null, 0);
        }
    }

    private Anchor[] Anchors(int county, int indicator) =>
        Real(county, indicator).Select(a => new Anchor(a.Key, a.Value.Value)).ToArray();

    private SortedDictionary<int, RealCell> Real(int county, int indicator) =>
        _anchors.TryGetValue((county, indicator), out var byYear) ? byYear : [];

    private string Note(int anchors) =>
        anchors switch
        {
            0 => $"{_notePrefix}; no real values, drawn from priors",
            1 => $"{_notePrefix}; anchored on 1 real value",
            _ => string.Create(CultureInfo.InvariantCulture, $"{_notePrefix}; anchored on {anchors} real values"),
        };
}

/// <summary>The preferred real value of a cell: its value, its source priority and, for status indicators, its label.</summary>
internal readonly record struct RealCell(double Value, int Priority, string? Label);
