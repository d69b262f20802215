using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Synthetic;

/// <summary>Builds national-scale panels; see <see cref="PanelGenerator.GenerateNational"/>.</summary>
internal static class NationalGenerator
{
    /// <summary>Terrain classes with the share of synthetic counties drawn in each.</summary>
    private static readonly (Terrain Terrain, double Share)[] TerrainShares = [(Terrain.Mountain, 0.4), (Terrain.Hill, 0.3), (Terrain.Plain, 0.3)];

    private const int Provinces = 31;

    public static NationalPanel Generate(IndicatorCatalog catalog, int counties, int indicators, int firstYear, int years, int seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(counties, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(indicators, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(indicators, catalog.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);

        var registry = Registry(counties, seed);
        var table = new ObservationTable(catalog, registry, counties * indicators * years);
        var source = table.Intern(Sources.Synthetic);
        var priors = new IndicatorPrior?[indicators];
        var labels = new int[indicators][];
        for (var i = 0; i < indicators; i++)
        {
            if (catalog[i].Kind == IndicatorKind.Status)
            {
                labels[i] = StatusSynthesizer.LabelsFor(catalog[i], []).Select(table.Intern).ToArray();
            }
            else
            {
                priors[i] = IndicatorPriors.For(catalog[i]);
            }
        }

        var ratio = catalog.IndexOf(GoodAir.Ratio) is var r && r < indicators ? r : -1;
        var days = catalog.IndexOf(GoodAir.Days) is var d && d < indicators ? d : -1;
        var values = new double[indicators][];
        for (var i = 0; i < indicators; i++)
        {
            values[i] = new double[years];
        }

        var levels = new int[years];
        for (var c = 0; c < counties; c++)
        {
            var county = registry[c];
            var rng = SeedMix.Random(seed, county.Id);
            for (var i = 0; i < indicators; i++)
            {
                if (priors[i] is { } prior)
                {
                    SeriesSynthesizer.Fill(values[i], firstYear, catalog[i], prior, county.Terrain, [], rng);
                }
                else
                {
                    StatusSynthesizer.Fill(levels, firstYear, [], rng);
                    for (var y = 0; y < years; y++)
                    {
                        values[i][y] = levels[y];
                    }
                }
            }

            if (ratio >= 0 && days >= 0)
            {
                for (var y = 0; y < years; y++)
                {
                    values[days][y] = SeriesSynthesizer.Finish(GoodAir.DaysFromRatio(values[ratio][y], firstYear + y), 0, catalog[days]);
                }
            }

            for (var i = 0; i < indicators; i++)
            {
                for (var y = 0; y < years; y++)
                {
                    var v = values[i][y];
                    table.AddInterned(c, i, firstYear + y, v, priors[i] is null ? labels[i][(int)v] : 0, source, 0, 0, 0);
                }
            }
        }

        return new NationalPanel(registry, table);
    }

    private static CountyRegistry Registry(int counties, int seed)
    {
        var width = Math.Max(4, counties.ToString(CultureInfo.InvariantCulture).Length);
        var rng = new Random(seed);
        var note = string.Create(CultureInfo.InvariantCulture, $"synthetic: drawn with seed {seed}");
        var list = new List<County>(counties);
        for (var c = 1; c <= counties; c++)
        {
            var number = c.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var province = ((c - 1) % Provinces) + 1;
            list.Add(new County(
                "syn" + number,
                "合成县" + number,
                "Synthetic County " + number,
                "county",
                string.Create(CultureInfo.InvariantCulture, $"合成省{province:00}"),
                string.Empty,
                DrawTerrain(rng),
                note,
                false));
        }

        return new CountyRegistry(list);
    }

    private static Terrain DrawTerrain(Random rng)
    {
        var u = rng.NextDouble();
        foreach (var (terrain, share) in TerrainShares)
        {
            if ((u -= share) < 0)
            {
                return terrain;
            }
        }

        return TerrainShares[^1].Terrain;
    }
}
