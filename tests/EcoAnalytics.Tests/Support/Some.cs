using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Tests.Support;

/// <summary>Small, fixed test data: an eight-indicator catalog, two counties and a reference unit, CSV helpers, and the forecasting series.</summary>
internal static class Some
{
    public const string ObservationHeader = "county,indicator,year,value,source,note";

    /// <summary>The progress-methods.md §11 forecast fixture: 50, 51, 53, 54, 56 for 2016–2020.</summary>
    public static (int Year, double Value)[] Fixture { get; } = [(2016, 50), (2017, 51), (2018, 53), (2019, 54), (2020, 56)];

    // Henan province, annual mean PM2.5 and PM10 (μg/m³), 2016–2023, from /work/shared/reference/observed.csv:
    // 2016 https://zzwb.zynews.cn/html/2017-06/06/content_852630.htm
    // 2017 https://zhengzhou.baogaosu.com/xinwen/%E5%85%A8%E7%9C%81%E4%BC%98%E8%89%AF%E5%A4%A9%E6%95%B0%E8%B6%85%E5%8E%BB%E5%B9%B4/64218198
    // 2018 http://df.youth.cn/yczq/201906/t20190605_11974942.htm
    // 2019 http://tastyfever.com/hbsb/article-16549.html
    // 2020 http://vw-e.com/wanboguanwangmanbetx/home-newsinfo-id-111.html (PM10), http://s-designstudio.com/showinfo-188-259439-0.html (PM2.5)
    // 2021 http://www.yiera.cn/community/2022/0223/113324.html
    // 2022 http://yinyue.hanyutai.cn/yinyue/2023/0329/112646.html
    // 2023 https://m.shanyouwang.com/2842mnfp.shtml

    /// <summary>Henan PM2.5 annual mean 2016–2023 (lower is better).</summary>
    public static (int Year, double Value)[] HenanPm25 { get; } =
        [(2016, 73), (2017, 62), (2018, 61), (2019, 58.82), (2020, 52), (2021, 45), (2022, 47.7), (2023, 45.3)];

    /// <summary>Henan PM10 annual mean 2016–2023 (lower is better).</summary>
    public static (int Year, double Value)[] HenanPm10 { get; } =
        [(2016, 128), (2017, 106), (2018, 103), (2019, 96), (2020, 83), (2021, 77), (2022, 79), (2023, 73.8)];

    /// <summary>Rounds to <paramref name="digits"/> decimals, away from zero, as printed vectors are.</summary>
    public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

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
