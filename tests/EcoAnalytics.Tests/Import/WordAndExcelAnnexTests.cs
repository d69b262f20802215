using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Import;

/// <summary>A Word annex with merged domain cells and a terrain threshold, and an Excel annex, import and evaluate.</summary>
public sealed class WordAndExcelAnnexTests
{
    private static readonly string[] Header = ["领域", "序号", "指标 名称", "单位", "2023年目标值", "指标值", "牵头单位"];

    private static string WordAnnex() => AnnexFiles.Docx(
        "annex.docx",
        "附件1 创建指标任务分解表",
        Header,
        [
            ["生态安全", "1", "林草覆|盖率", "％", "山区＞60％ 丘陵区＞40％ 平原区＞18％", "山区>55% 丘陵区>35% 平原区>15%", " 市林业局 "],
            ["^", "2", "环境空气质量优良天数比例", "%", "≥ 90.5％", "≥80％", "生态环境分局"],
            ["^", "3", "劣Ⅴ类水体断面", "-", "消除", "消除", "生态环境分局"],
            ["^", "4", "不存在的指标名称", "%", "≥10", "≥10", "生态环境分局"],
            ["生态制度", "5", "河长制", "-", "全面实施", "建立", "市水利局"],
            ["^", "6", "生态文明建设占党政实绩考核的比例", "%", "大幅提升", "≥20", "市委组织部"],
        ],
        "注：本表数据以统计年鉴为准。");

    [Fact]
    public void WordAnnex_ImportsMergedDomainsTerrainThresholdsAndWrappedNames()
    {
        var result = RuleImporter.ImportFile(WordAnnex(), ImportFixtures.Catalog, new RuleImportOptions { County = "lushi", Name = "word-annex" });
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.True(programme.Rules.Count == 5, string.Join("\n", result.Diagnostics) + "\n" + result.Value.ToJson());
        var forest = programme.Rules.Single(r => r.Indicator == "forest_grass_coverage");
        Assert.Equal(Requirement.Terrain, forest.Requirement);
        Assert.Equal(Comparator.Above, forest.Comparator);
        var target = Assert.IsType<ThresholdSpec.ByTerrain>(forest.Thresholds["target"]);
        Assert.Equal(new Dictionary<Terrain, double> { [Terrain.Mountain] = 60, [Terrain.Hill] = 40, [Terrain.Plain] = 18 }, target.Values);
        Assert.Equal("市林业局", forest.Lead);
        Assert.Equal(2023, forest.Deadline);
        var air = programme.Rules.Single(r => r.Indicator == "good_air_ratio");
        Assert.Contains("(生态安全)", air.Source.Item, StringComparison.Ordinal); // the merged domain cell, named once
        Assert.Equal(90.5, Assert.IsType<ThresholdSpec.Number>(air.Thresholds["target"]).Value);
        Assert.Equal(Requirement.Eliminated, programme.Rules.Single(r => r.Indicator == "worse_than_v_sections").Requirement);
        Assert.Equal("全面实施", Assert.IsType<ThresholdSpec.Status>(programme.Rules.Single(r => r.Indicator == "river_chief_system").Thresholds["target"]).Label);

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownIndicatorName);
        Assert.Equal((6, 3), (unknown.Line, unknown.Column));
        var unparsed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnparsedThreshold);
        Assert.Equal((8, 5), (unparsed.Line, unparsed.Column));
        Assert.Contains("大幅提升", unparsed.Message, StringComparison.Ordinal);
        var assessment = programme.Rules.Single(r => r.Indicator == "eco_performance_assessment_share"); // the rest of the row still imports
        Assert.Equal(["standard"], assessment.Thresholds.Keys);
        Assert.Equal(5, programme.Rules.Count);
    }

    [Fact]
    public void WordAnnex_Evaluates_WithTheCountysTerrain()
    {
        var result = RuleImporter.ImportFile(WordAnnex(), ImportFixtures.Catalog, new RuleImportOptions { County = "lushi", Name = "word-annex" });
        var compliance = ImportFixtures.LintAndEvaluate(
            result.Value,
            ["lushi", "dengfeng"],
            2023,
            "lushi,forest_grass_coverage,2023,58",
            "dengfeng,forest_grass_coverage,2023,58",
            "lushi,good_air_ratio,2023,91",
            "lushi,worse_than_v_sections,2023,1");
        ComplianceResult Row(string county, string indicator) => compliance.Single(r => r.County == county && r.Indicator == indicator);
        Assert.Equal((ComplianceStatus.NotMet, 60.0), (Row("lushi", "forest_grass_coverage").Status, Row("lushi", "forest_grass_coverage").Threshold!.Value)); // 山区 > 60
        Assert.Equal((ComplianceStatus.Met, 40.0), (Row("dengfeng", "forest_grass_coverage").Status, Row("dengfeng", "forest_grass_coverage").Threshold!.Value)); // 丘陵区 > 40
        Assert.Equal(ComplianceStatus.Met, Row("lushi", "good_air_ratio").Status);
        Assert.Equal(ComplianceStatus.NotMet, Row("lushi", "worse_than_v_sections").Status);
    }

    [Fact]
    public void ExcelAnnex_WithTitleRowAndNotes_Imports()
    {
        var path = AnnexFiles.Xlsx("annex.xlsx", "附件2", [
            ["卢氏县“两山指数”评估指标任务分解表", null, null, null],
            ["序号", "指标", "目标参考值", "责任单位"],
            [1, "环境空气质量优良天数比例", "> 90%", "市生态环境局卢氏分局"],
            [2, "地下水水质达到或优于III类水的比例", "稳定提高", "市生态环境局卢氏分局"],
            [3, "生态保护红线面积", "不减少", "自然资源局"],
            [4, "“两山”基地制度建设", "建立实施", "发改委"],
            [null, null, null, null],
            ["注：目标参考值为评估参考。", null, null, null],
        ]);
        var result = RuleImporter.ImportFile(path, ImportFixtures.Catalog, new RuleImportOptions { County = "lushi" });
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(["good_air_ratio", "groundwater_iii_ratio", "eco_redline_area", "two_mountains_institution"], programme.Rules.Select(r => r.Indicator));
        Assert.Equal([Requirement.Threshold, Requirement.Improving, Requirement.NotDecreasing, Requirement.Status], programme.Rules.Select(r => r.Requirement));
        Assert.Equal(3, programme.Rules[0].Source.Line); // the sheet row
        Assert.Equal("发改委", programme.Rules[3].Responsible);
    }

    /// <summary>
    /// Merged ranges in Excel, as a county's sheet has them: a domain named once for three rows, and one threshold
    /// (完成上级规定的目标任务) for two indicators; every row of a range reads the range's value, as in Word.
    /// </summary>
    [Fact]
    public void ExcelAnnex_WithMergedRanges_ReadsTheValueInEveryRowOfTheRange()
    {
        var path = AnnexFiles.XlsxWithMerges(
            "merged.xlsx",
            "指标",
            [
                ["附件 指标表（格式测试）", null, null, null, null],
                ["领域", "序号", "指标名称", "单位", "目标值"],
                ["生态安全", "1", "单位地区生产总值能耗", "吨标准煤/万元", "完成上级规定的目标任务"],
                [null, "2", "单位地区生产总值用水量", "立方米/万元", null],
                [null, "3", "森林覆盖率", "%", "≥44"],
            ],
            "A1:E1",
            "A3:A5",
            "E3:E4");
        var result = RuleImporter.ImportFile(path, ImportFixtures.Catalog, new RuleImportOptions { County = "lushi", Name = "merged" });
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.True(programme.Rules.Count == 3, string.Join("\n", result.Diagnostics));
        Assert.All(programme.Rules, r => Assert.Contains("(生态安全)", r.Source.Item, StringComparison.Ordinal));
        Assert.Equal([Requirement.Assigned, Requirement.Assigned, Requirement.Threshold], programme.Rules.Select(r => r.Requirement));
    }
}
