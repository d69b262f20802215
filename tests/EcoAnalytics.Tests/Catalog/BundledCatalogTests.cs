using System.Text.RegularExpressions;
using EcoAnalytics.Catalog;
using EcoAnalytics.Tests.Rules.SeedTables;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Catalog;

/// <summary>The bundled catalog covers every indicator the seeds name, with unique codes and resolvable aliases.</summary>
public sealed partial class BundledCatalogTests
{
    private static readonly Lazy<IndicatorCatalog> Catalog = new(() =>
    {
        var load = IndicatorCatalog.Load(Path.Combine(SeedTableFiles.RepoRoot, "datasets", "indicators.csv"));
        Assert.Empty(load.Diagnostics);
        return load.Value;
    });

    private static string[] Seed(string file) => File.ReadAllLines(SourceDocuments.File(file));

    [Fact]
    public void Load_BundledCatalog_HasSixtyOrMoreUniqueSnakeCaseCodes()
    {
        Assert.True(Catalog.Value.Count >= 60);
        Assert.Equal(Catalog.Value.Count, Catalog.Value.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalog.Value, i => Assert.Matches("^[a-z][a-z0-9_]*$", i.Code));
    }

    [Theory]
    [InlineData("forest_coverage", "森林覆盖率")]
    [InlineData("forest_grass_coverage", "林草覆盖率")]
    [InlineData("good_air_ratio", "环境空气质量优良天数比例")]
    [InlineData("good_air_days", "优良天数")]
    [InlineData("pm25", null)]
    [InlineData("pm10", null)]
    [InlineData("eco_index", "生态环境状况指数")]
    [InlineData("urban_sewage_treatment", "城镇污水处理率")]
    [InlineData("rural_sewage_treatment", "农村生活污水治理率")]
    [InlineData("garbage_harmless_treatment", "城镇生活垃圾无害化处理率")]
    [InlineData("rural_sanitary_toilet", "农村无害化卫生厕所普及率")]
    [InlineData("green_building_share", "城镇新建绿色建筑比例")]
    [InlineData("green_procurement_share", "政府绿色采购比例")]
    [InlineData("straw_utilization", "秸秆综合利用率")]
    [InlineData("manure_utilization", "畜禽粪污综合利用率")]
    [InlineData("film_recovery", "农膜回收利用率")]
    [InlineData("industrial_solid_waste_utilization", "一般工业固体废物综合利用率")]
    [InlineData("drinking_water_compliance", "集中式饮用水水源地水质达标率")]
    public void RequiredCode_ExistsAndItsWordingResolves(string code, string? wording)
    {
        var indicator = Catalog.Value.Find(code);
        Assert.NotNull(indicator);
        if (wording is not null)
        {
            Assert.Equal(code, Catalog.Value.ResolveAlias(wording)?.Code);
        }
    }

    [Fact]
    public void EveryAlias_ResolvesToItsOwnIndicator()
    {
        foreach (var indicator in Catalog.Value)
        {
            foreach (var alias in indicator.AliasesZh)
            {
                Assert.Equal(indicator.Code, Catalog.Value.ResolveAlias(alias)?.Code);
            }
        }
    }

    [SourcesFact]
    public void LushiLianshanAnnex_EveryIndicatorRowResolves()
    {
        // seed 001 annex 2: "目标 任务 序号 指标 目标参考值 责任单位", rows 1–20 at lines 206–226.
        var names = Seed("001_b5049ac286e4fa82.txt")[205..226]
            .Select(line => line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(cells => (Cells: cells, Index: Array.FindIndex(cells, c => Regex.IsMatch(c, "^[0-9]{1,2}$"))))
            .Where(x => x.Index >= 0 && x.Index + 1 < x.Cells.Length)
            .Select(x => x.Cells[x.Index + 1])
            .ToList();
        Assert.Equal(20, names.Count);
        Assert.All(names, name => Assert.True(Catalog.Value.ResolveAlias(name) is not null, $"'{name}' does not resolve"));
    }

    [SourcesFact]
    public void DengfengAnnex_EveryIndicatorNameResolves()
    {
        // seed 002 annex: "领域 任务 序号 指标名称 单位 2023年目标值 指标值 牵头单位 责任单位"; rows without a "：" heading,
        // composite rows (农业废弃物综合利用率 秸秆… 畜禽粪污… 农膜…) checked part by part.
        var names = Seed("002_4c30fee7318a330e.txt")[269..313]
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Select(cells => (Cells: cells, Index: Array.FindIndex(cells, c => NumberCell().IsMatch(c))))
            .Where(x => x.Index >= 0 && x.Index + 1 < x.Cells.Length && !x.Cells[x.Index + 1].Contains('：', StringComparison.Ordinal))
            .SelectMany(x => x.Cells[x.Index + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) // composite rows list their parts
            .ToList();
        Assert.True(names.Count >= 30, $"only {names.Count} names parsed");
        Assert.All(names, name => Assert.True(Catalog.Value.ResolveAlias(name) is not null, $"'{name}' does not resolve"));
    }

    [GeneratedRegex("^[0-9]( ?[0-9])?$")]
    private static partial Regex NumberCell();
}
