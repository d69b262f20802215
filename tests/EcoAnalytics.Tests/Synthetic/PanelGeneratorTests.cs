using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Support;
using FsCheck.Xunit;

namespace EcoAnalytics.Tests.Synthetic;

public class PanelGeneratorTests
{
    private static readonly string[] Programme = ["lushi", "dengfeng"];

    private static string Demo(Dataset real, int seed = PanelGenerator.DefaultSeed)
    {
        var writer = new StringWriter();
        ObservationCsv.Write(PanelGenerator.GenerateDemonstration(real, Programme, seed: seed), writer);
        return writer.ToString();
    }

    private static bool IsSynthetic(Observation o) => o.Source == Sources.Synthetic;

    [Fact]
    public void GenerateDemonstration_SameSeed_WritesIdenticalCsv()
    {
        Assert.Equal(Demo(Some.RealDataset()), Demo(Some.RealDataset()));
    }

    [Fact]
    public void GenerateDemonstration_DifferentSeed_WritesDifferentCsv()
    {
        Assert.NotEqual(Demo(Some.RealDataset(), 1), Demo(Some.RealDataset(), 2));
    }

    [Fact]
    public void GenerateDemonstration_RealRows_KeptUnchangedAndFirst()
    {
        var real = Some.RealDataset();
        var table = PanelGenerator.GenerateDemonstration(real, Programme);
        var kept = table.Take(real.Observations.Count).ToList();
        Assert.Equal(real.Observations.ToList(), kept);
        Assert.All(table.Skip(real.Observations.Count), o => Assert.True(IsSynthetic(o)));
        Assert.Equal(real.Observations.Count, table.Count(o => !IsSynthetic(o)));
    }

    [Fact]
    public void GenerateDemonstration_CellsWithRealValues_NeverGetSyntheticRows()
    {
        var real = Some.RealDataset();
        var realCells = real.Observations.Select(o => (o.County, o.Indicator, o.Year)).ToHashSet();
        var table = PanelGenerator.GenerateDemonstration(real, Programme);
        Assert.DoesNotContain(table.Where(IsSynthetic), o => realCells.Contains((o.County, o.Indicator, o.Year)));
    }

    [Fact]
    public void GenerateDemonstration_GeneratedRows_SayHowTheyWereMade()
    {
        var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: 7);
        var synthetic = table.Where(IsSynthetic).ToList();
        Assert.NotEmpty(synthetic);
        Assert.All(synthetic, o => Assert.StartsWith("synthetic: demonstration panel, seed 7;", o.Note, StringComparison.Ordinal));
        Assert.All(synthetic, o => Assert.Contains(o.County, Programme));
        Assert.All(synthetic, o => Assert.InRange(o.Year, 2015, 2024));
        Assert.Contains(synthetic, o => o.Note.EndsWith("anchored on 3 real values", StringComparison.Ordinal));
        Assert.Contains(synthetic, o => o.Note.EndsWith("no real values, drawn from priors", StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateDemonstration_MissingCells_AboutThreePercent()
    {
        var catalog = Some.Catalog();
        var real = Some.RealDataset();
        var realCells = real.Observations.Select(o => (o.County, o.Indicator, o.Year)).ToHashSet();
        var fillable = 0;
        var filled = 0;
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var table = PanelGenerator.GenerateDemonstration(real, Programme, seed: seed);
            fillable += (Programme.Length * catalog.Count * 10) - realCells.Count(c => c.County != "henan" && c.Year is >= 2015 and <= 2024);
            filled += table.Count(IsSynthetic);
        }

        var missing = 1 - ((double)filled / fillable);
        Assert.InRange(missing, 0.015, 0.045);
    }

    [Property(MaxTest = 25)]
    public bool GenerateDemonstration_AnySeed_EveryValueWithinBoundsAndOnTheLadder(int seed)
    {
        var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: seed);
        return table.Where(IsSynthetic).All(o =>
        {
            var indicator = table.Catalog[o.Indicator];
            return indicator.Kind == IndicatorKind.Status
                ? StatusScale.LevelOf(o.Label, indicator.Scale) == (int)o.Value
                : double.IsFinite(o.Value) && indicator.InBounds(o.Value) && o.Label is null
                    && (indicator.Kind != IndicatorKind.Count || (o.Value >= 0 && o.Value == Math.Floor(o.Value)));
        });
    }

    [Property(MaxTest = 10)]
    public bool GenerateDemonstration_AnySeed_ReadsBackWithoutDiagnostics(int seed)
    {
        var text = Demo(Some.RealDataset(), seed);
        var read = Some.Reader().ReadText(text, "observations.csv");
        return read.Diagnostics.Count == 0;
    }

    [Fact]
    public void GenerateDemonstration_GoodAirPairs_ConsistentForTheReader()
    {
        foreach (var seed in Enumerable.Range(100, 10))
        {
            var text = Demo(Some.RealDataset(), seed);
            var read = Some.Reader().ReadText(text, "observations.csv");
            Assert.DoesNotContain(read.Diagnostics, d => d.Code == DiagnosticCodes.Inconsistent);
            var pairs = read.Value
                .Where(o => o.Indicator is "good_air_days" or "good_air_ratio")
                .GroupBy(o => (o.County, o.Year))
                .Where(g => g.Count() == 2 && g.Any(IsSynthetic))
                .ToList();
            Assert.NotEmpty(pairs);
        }
    }

    [Fact]
    public void GenerateDemonstration_GoodAirRatioNextToRealDays_ComputedFromThem()
    {
        var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: 3);
        var ratio2018 = table.SingleOrDefault(o => o is { County: "lushi", Indicator: "good_air_ratio", Year: 2018 });
        if (ratio2018 is not null)
        {
            Assert.Equal(82.2, ratio2018.Value); // 300 / 365
            Assert.Contains("good_air_ratio = real good_air_days / 365 × 100", ratio2018.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GenerateDemonstration_BetweenRealValues_StaysCloseToTheStraightLine()
    {
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: seed);
            var forest = table.Where(o => o is { County: "lushi", Indicator: "forest_coverage" } && IsSynthetic(o)).ToList();
            foreach (var o in forest.Where(o => o.Year < 2019))
            {
                var line = 69.34 + ((69.7 - 69.34) * (o.Year - 2013) / 6);
                Assert.InRange(o.Value, line - 1, line + 1);
            }

            foreach (var o in forest.Where(o => o.Year is 2020 or 2021))
            {
                Assert.InRange(o.Value, 69, 71);
            }
        }
    }

    [Fact]
    public void GenerateDemonstration_Pm25_PrefersTheSeedValueAndExtrapolatesItsTrend()
    {
        var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: 11);
        var pm25 = table.Where(o => o is { County: "lushi", Indicator: "pm25" } && IsSynthetic(o)).ToDictionary(o => o.Year, o => o.Value);
        Assert.All(pm25.Where(p => p.Key > 2021), p => Assert.InRange(p.Value, 10, 29.67 * 1.1));
        Assert.All(pm25.Where(p => p.Key < 2020), p => Assert.InRange(p.Value, 35.3 * 0.9, 120));
    }

    [Property(MaxTest = 30)]
    public bool GenerateDemonstration_RealValueOnTheBound_NeighboursStayNearIt(int seed)
    {
        var read = Some.Reader().ReadText(Some.Csv("lushi,urban_sewage_treatment,2019,100,seed:a#L1,", "lushi,black_odorous_water,2020,0,seed:a#L2,"));
        var table = PanelGenerator.GenerateDemonstration(Dataset.FromTables(read.Value), ["lushi"], seed: seed);
        var sewage = table.Where(o => o.Indicator == "urban_sewage_treatment" && IsSynthetic(o)).ToList();
        var water = table.Where(o => o.Indicator == "black_odorous_water" && IsSynthetic(o)).ToList();
        return sewage.All(o => o.Value is >= 90 and <= 100) && water.Where(o => o.Year > 2020).All(o => o.Value == 0);
    }

    [Fact]
    public void GenerateDemonstration_StatusSeries_NeverFallsAndRespectsTheRealLabel()
    {
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var table = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme, seed: seed);
            var series = table.Where(o => o is { County: "dengfeng", Indicator: "eco_compensation_mechanism" }).OrderBy(o => o.Year).ToList();
            Assert.Equal(series.Select(o => o.Value).Order(), series.Select(o => o.Value));
            Assert.All(series.Where(o => o.Year < 2021), o => Assert.True(o.Value <= 2));
            Assert.All(series.Where(o => o.Year > 2021), o => Assert.True(o.Value >= 2));
            Assert.All(series.Where(IsSynthetic), o => Assert.Contains(o.Label, StatusSynthesizer.MechanismLabels));
        }
    }

    [Fact]
    public void GenerateDemonstration_OwnOutputAsInput_GivesTheSameOutput()
    {
        var first = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme);
        var again = PanelGenerator.GenerateDemonstration(Dataset.FromTables(first), Programme);
        var a = new StringWriter();
        var b = new StringWriter();
        ObservationCsv.Write(first, a);
        ObservationCsv.Write(again, b);
        Assert.Equal(a.ToString(), b.ToString());
    }

    [Fact]
    public void GenerateDemonstration_AddingACounty_LeavesOtherSeriesUnchanged()
    {
        var one = PanelGenerator.GenerateDemonstration(Some.RealDataset(), ["lushi"]).Where(IsSynthetic);
        var two = PanelGenerator.GenerateDemonstration(Some.RealDataset(), Programme).Where(o => IsSynthetic(o) && o.County == "lushi");
        Assert.Equal(one, two);
    }

    [Fact]
    public void GenerateDemonstration_UnknownCounty_ThrowsWithSuggestion()
    {
        var ex = Assert.Throws<ArgumentException>(() => PanelGenerator.GenerateDemonstration(Some.RealDataset(), ["lushii"]));
        Assert.Contains("did you mean 'lushi'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerateNational_Default_RowCountIsCountiesTimesIndicatorsTimesYears()
    {
        var panel = PanelGenerator.GenerateNational(Some.Catalog(), counties: 120, indicators: 7, firstYear: 2016, years: 9, seed: 5);
        Assert.Equal(120 * 7 * 9, panel.Observations.Count);
        Assert.Equal(120, panel.Counties.Count);
        Assert.All(panel.Observations, o => Assert.Equal(Sources.Synthetic, o.Source));
    }

    [Fact]
    public void GenerateNational_Counties_AreMarkedSyntheticWithDrawnTerrain()
    {
        var counties = PanelGenerator.GenerateNational(Some.Catalog(), counties: 300, indicators: 2, years: 1).Counties;
        Assert.Equal("syn0001", counties[0].Id);
        Assert.Equal("合成县0300", counties[299].NameZh);
        Assert.All(counties, c => Assert.Contains(c.Terrain, Terrains.Classes));
        Assert.Equal(3, counties.Select(c => c.Terrain).Distinct().Count());
        Assert.Equal("syn10000", PanelGenerator.GenerateNational(Some.Catalog(), counties: 10000, indicators: 1, years: 1).Counties[^1].Id);
    }

    [Fact]
    public void GenerateNational_WriteCsvThenRead_RoundTripsWithoutDiagnostics()
    {
        var panel = PanelGenerator.GenerateNational(Some.Catalog(), counties: 150, indicators: 8, years: 10, seed: 9);
        using var folder = new Some.TempFolder();
        var path = Path.Combine(folder.Path, "national.csv");
        PanelGenerator.WriteCsv(panel.Observations, path);

        var read = new ObservationReader(Some.Catalog(), panel.Counties).Read([path]);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(panel.Observations.Count, read.Value.Count);
        Assert.Equal(panel.Observations.Select(o => (o.County, o.Indicator, o.Year, o.Value, o.Label, o.Source, o.Note)),
            read.Value.Select(o => (o.County, o.Indicator, o.Year, o.Value, o.Label, o.Source, o.Note)));
    }

    [Fact]
    public void GenerateNational_SameSeed_IdenticalText()
    {
        string Text(int seed)
        {
            var writer = new StringWriter();
            PanelGenerator.WriteCsv(PanelGenerator.GenerateNational(Some.Catalog(), counties: 40, indicators: 8, seed: seed).Observations, writer);
            return writer.ToString();
        }

        Assert.Equal(Text(4), Text(4));
        Assert.NotEqual(Text(4), Text(5));
    }

    [Fact]
    public void GenerateNational_Series_SomeImproveAndSomeStall()
    {
        var panel = PanelGenerator.GenerateNational(Some.Catalog(), counties: 400, indicators: 2, years: 10, seed: 1);
        var forest = panel.Observations.Where(o => o.Indicator == "forest_coverage").GroupBy(o => o.County)
            .Select(g => g.Single(o => o.Year == 2024).Value - g.Single(o => o.Year == 2015).Value).ToList();
        var improving = forest.Count(d => d > 0) / (double)forest.Count;
        Assert.InRange(improving, 0.6, 0.95);
    }

    [Fact]
    public void GenerateNational_MoreIndicatorsThanTheCatalog_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PanelGenerator.GenerateNational(Some.Catalog(), indicators: 9));
    }
}
