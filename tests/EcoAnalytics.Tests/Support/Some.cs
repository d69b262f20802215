using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Tests.Support;

/// <summary>Small, fixed test data: an eight-indicator catalog, two counties and a reference unit, CSV helpers.</summary>
internal static class Some
{
    public const string ObservationHeader = "county,indicator,year,value,source,note";

    public static IndicatorCatalog Catalog() => new(
    [
        new Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, 100, "生态空间", ["森林覆盖率", "林木覆盖率"]),
        new Indicator("pm25", "PM2.5年均浓度", "PM2.5 annual mean", "μg/m³", IndicatorKind.Numeric, Direction.LowerIsBetter, 0, null, "生态安全", ["PM2.5年均浓度"]),
        new Indicator("good_air_ratio", "空气质量优良天数比例", "Share of good-air days", "%", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, 100, "生态安全", ["空气质量优良天数比例"]),
        new Indicator("good_air_days", "空气质量优良天数", "Good-air days", "days", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, 366, "生态安全", ["优良天数"]),
        new Indicator("urban_sewage_treatment", "城镇污水处理率", "Urban sewage treatment", "%", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, 100, "生态生活", ["城镇污水处理率"]),
        new Indicator("black_odorous_water", "黑臭水体", "Black and odorous water bodies", "个", IndicatorKind.Count, Direction.LowerIsBetter, 0, null, "生态安全", ["城市黑臭水体"]),
        new Indicator("eco_compensation_mechanism", "生态补偿制度", "Eco-compensation mechanism", "-", IndicatorKind.Status, Direction.HigherIsBetter, null, null, "生态制度", ["生态补偿制度"]),
        new Indicator("gdp", "地区生产总值", "GDP", "亿元", IndicatorKind.Numeric, Direction.HigherIsBetter, 0, null, "生态经济", ["GDP"]),
    ]);

    public static CountyRegistry Counties() => new(
    [
        new County("lushi", "卢氏县", "Lushi County", "county", "河南省", "三门峡市", Terrain.Mountain, "mountain county", false),
        new County("dengfeng", "登封市", "Dengfeng City", "city", "河南省", "郑州市", Terrain.Hill, "hills", false),
        new County("henan", "河南省", "Henan Province", "province", "河南省", string.Empty, Terrain.None, string.Empty, true),
    ]);

    public static ObservationReader Reader() => new(Catalog(), Counties());

    /// <summary>An observation file: the header and the given lines, joined by <c>\n</c>.</summary>
    public static string Csv(params string[] lines) => string.Join('\n', [ObservationHeader, .. lines]) + "\n";

    /// <summary>A small real dataset: seeded and published values for both counties and the province.</summary>
    public static Dataset RealDataset()
    {
        var text = Csv(
            "lushi,forest_coverage,2013,69.34,http://example.org/a,county average",
            "lushi,forest_coverage,2019,69.7,http://example.org/b,project area",
            "lushi,forest_coverage,2022,70,http://example.org/c,lower bound",
            "lushi,pm25,2021,29.67,seed:000.txt#L20,",
            "lushi,pm25,2020,35.3,derived:seed:000.txt#L20,29.67 + 5.63",
            "lushi,good_air_days,2021,327,seed:000.txt#L20,",
            "lushi,good_air_ratio,2021,89.6,seed:000.txt#L20,",
            "lushi,good_air_days,2018,300,seed:000.txt#L21,days only",
            "dengfeng,forest_coverage,2020,41.5,seed:002.txt#L7,",
            "dengfeng,eco_compensation_mechanism,2021,建立,seed:002.txt#L9,",
            "dengfeng,gdp,2022,650.3,http://example.org/gdp,\"GDP, current prices\"",
            "henan,pm25,2021,44,http://example.org/henan,province");
        var read = Reader().ReadText(text, "observations.csv");
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return Dataset.FromTables(read.Value);
    }

    /// <summary>A scratch folder deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eco-tests-" + Guid.NewGuid().ToString("N"));

        public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

        public string Write(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, bytes);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
