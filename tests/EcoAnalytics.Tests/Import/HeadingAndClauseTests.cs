using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Import;

/// <summary>
/// Rows whose indicator cell is a heading with components: a threshold sentence read clause by clause (the status
/// clause for the heading, a trend clause for each component, the rest said and not encoded), and a status printed
/// where a component measured as a number stands (given to a status heading, with a warning). Word files built with
/// the OpenXML library.
/// </summary>
public sealed class HeadingAndClauseTests
{
    private static readonly string[] Header = ["领域", "序号", "指标名称", "单位", "2023年目标值", "指标值", "牵头单位"];

    private static LoadResult<ImportedRules> Import(params string[][] rows) => RuleImporter.ImportFile(
        AnnexFiles.Docx("clauses.docx", "附件 指标表", Header, rows, null), ImportFixtures.Catalog, new RuleImportOptions { County = "lushi", Name = "clauses" });

    [Fact]
    public void Sentence_ForAHeading_GivesTheHeadingItsStatus_AndEachComponentTheTrend()
    {
        var result = Import(["生态空间", "1", "自然生态空间： 生态保护红线 自然保护地", "-", "得到严格保护；面积不减少", "得到严格保护", "资源规划局"]);
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause);
        Assert.Equal((Severity.Info, 3, 5), (note.Severity, note.Line, note.Column)); // the title, the header, then the row; the target column

        var heading = programme.Rules.Single(r => r.Indicator == "natural_eco_space");
        Assert.Equal(Requirement.Status, heading.Requirement);
        Assert.Equal(["得到严格保护", "得到严格保护"], new[] { "target", "standard" }.Select(s => Assert.IsType<ThresholdSpec.Status>(heading.Thresholds[s]).Label));
        foreach (var code in new[] { "eco_redline_area", "nature_reserve_area" })
        {
            var component = programme.Rules.Single(r => r.Indicator == code);
            Assert.Equal((Requirement.NotDecreasing, true, 0), (component.Requirement, component.BaselineIsPrevious, component.Thresholds.Count));
            Assert.Equal("资源规划局", component.Lead);
        }

        Assert.Equal(3, programme.Rules.Count);
    }

    [Fact]
    public void ClausesNoRuleEncodes_AreSaid_AndTheOthersStillImport()
    {
        var result = Import(["生态空间", "1", "自然生态空间： 生态保护红线 自然保护地", "-", "得到严格保护，面积不减少，质量不降低，边界清晰，面积不降低", "-", "资源规划局"]);
        var programme = SeedAnnexRoundTripTests.Parse(result);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'质量不降低' (no indicator of the row (生态保护红线面积, 自然保护地面积) measures '质量')", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'边界清晰' (it is not a requirement form the importer reads)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'面积不降低' (a second requirement of one kind for the same indicators ('面积不减少' comes first); it is not encoded)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["eco_redline_area", "natural_eco_space", "nature_reserve_area"], programme.Rules.Select(r => r.Indicator).Order(StringComparer.Ordinal));
        Assert.All(programme.Rules.Where(r => r.Indicator != "natural_eco_space"), r => Assert.Equal(Requirement.NotDecreasing, r.Requirement));
    }

    [Fact]
    public void TwoRequirementsForOneIndicator_GiveOneRuleEach()
    {
        var result = Import(
            ["生态安全", "3", "生态环境状况指数", "-", "≥55且不降低", "≥50", "生态环境局"],
            ["生态空间", "4", "自然生态空间： 生态保护红线 自然保护地", "-", "得到严格保护，面积不减少，面积稳定提高", "得到严格保护", "资源规划局"],
            ["生态制度", "5", "生态文明建设规划", "-", "制定实施", "≥1", "发改委"]);
        var programme = SeedAnnexRoundTripTests.Parse(result);
        var index = programme.Rules.Where(r => r.Indicator == "eco_index").ToList();
        Assert.Equal(["R03a_eco_index", "R03b_eco_index"], index.Select(r => r.Name));
        Assert.Equal(55, Assert.IsType<ThresholdSpec.Number>(index[0].Thresholds["target"]).Value);
        Assert.Equal(50, Assert.IsType<ThresholdSpec.Number>(index[0].Thresholds["standard"]).Value);
        Assert.Equal(Requirement.NotDecreasing, index[1].Requirement);
        foreach (var code in new[] { "eco_redline_area", "nature_reserve_area" })
        {
            Assert.Equal([Requirement.NotDecreasing, Requirement.Improving], programme.Rules.Where(r => r.Indicator == code).Select(r => r.Requirement));
        }

        // 制定实施 (a status) and ≥1 (a number) for a status indicator: the number does not fit it and is said; the status stays.
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportedRowUnusable && d.Indicator == "eco_civilization_plan");
        Assert.Equal(["target"], programme.Rules.Single(r => r.Indicator == "eco_civilization_plan").Thresholds.Keys);
    }

    [Fact]
    public void RowsForCitiesOnly_AreSkipped_ByTheScopeColumn()
    {
        var path = AnnexFiles.Docx(
            "scope.docx",
            "附件 指标表（格式测试）",
            ["序号", "指标名称", "单位", "指标值", "指标属性", "适用范围"],
            [
                ["1", "城镇污水处理率", "%", "市≥95 县≥85", "约束性", "市 县"],
                ["2", "生态环境信息公开率", "%", "100", "约束性", "市"],
                ["3", "森林覆盖率", "%", "≥40", "参考性", "县"],
            ],
            null);
        var result = RuleImporter.ImportFile(path, ImportFixtures.Catalog, new RuleImportOptions { County = "lushi", Name = "scope" });
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.Equal(["urban_sewage_treatment", "forest_coverage"], programme.Rules.Select(r => r.Indicator));
        Assert.Equal(85, Assert.IsType<ThresholdSpec.Number>(programme.Rules[0].Thresholds["standard"]).Value);
        Assert.Equal("约束性", programme.Rules[0].Binding);
        var skipped = Assert.Single(result.Diagnostics, d => d.Message.Contains("适用范围", StringComparison.Ordinal));
        Assert.Equal((Severity.Info, 4, 6), (skipped.Severity, skipped.Line, skipped.Column));
    }

    [Fact]
    public void StatusInTheSlotOfARate_GoesToTheStatusHeading_WithAWarning()
    {
        var result = Import(["生态安全", "12", "生物多样性保护： 国家重点保护野生动植物受到严格保护 外来物种入侵", "% -", "96（保护率） 不明显", "执行 不明显", "林业局"]);
        var programme = SeedAnnexRoundTripTests.Parse(result);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause);
        Assert.Equal((Severity.Warning, "biodiversity_protection"), (warning.Severity, warning.Indicator));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var heading = programme.Rules.Single(r => r.Indicator == "biodiversity_protection");
        Assert.Equal(["standard"], heading.Thresholds.Keys);
        Assert.Equal("执行", Assert.IsType<ThresholdSpec.Status>(heading.Thresholds["standard"]).Label);
        var rate = programme.Rules.Single(r => r.Indicator == "protected_species_protection_rate");
        Assert.Equal(["target"], rate.Thresholds.Keys); // the standard's 执行 is not the rate's
        Assert.Equal(96, Assert.IsType<ThresholdSpec.Number>(rate.Thresholds["target"]).Value);
    }

    [Fact]
    public void TwoStatusesInPlacesOfNumbers_AreNotGuessed()
    {
        var result = Import(["生态安全", "12", "生物多样性保护： 国家重点保护野生动植物受到严格保护 特有性或指示性水生物种保持率", "% %", "96 不降低", "执行 执行", "林业局"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.ImportedRowUnusable && d.Message.Contains("'执行' is a status label", StringComparison.Ordinal)));
        Assert.DoesNotContain(SeedAnnexRoundTripTests.Parse(result).Rules, r => r.Indicator == "biodiversity_protection");
    }

    [Fact]
    public void ValuesSeparatedByCommas_OnePerComponent_ArePaired()
    {
        var result = Import(["生态环境", "9", "农业废弃物综合利用率 秸秆综合利用率 畜禽粪污综合利用率 农膜回收利用率", "%", "≥94.2，≥95.1，≥97.5", "-", "农委"]);
        var programme = SeedAnnexRoundTripTests.Parse(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code == DiagnosticCodes.ThresholdClause);
        var composite = Assert.Single(programme.Rules);
        Assert.Equal([94.2, 95.1, 97.5], composite.Components.Select(c => Assert.IsType<ThresholdSpec.Number>(c.Thresholds["target"]).Value));
    }

    [Fact]
    public void ImportedClauses_Evaluate()
    {
        var result = Import(["生态空间", "1", "自然生态空间： 生态保护红线 自然保护地", "-", "得到严格保护，面积不减少", "得到严格保护", "资源规划局"]);
        var compliance = ImportFixtures.LintAndEvaluate(
            result.Value,
            ["lushi"],
            2023,
            "lushi,natural_eco_space,2023,得到严格保护",
            "lushi,eco_redline_area,2022,1500",
            "lushi,eco_redline_area,2023,1490",
            "lushi,nature_reserve_area,2022,800",
            "lushi,nature_reserve_area,2023,800");
        ComplianceStatus Status(string indicator) => compliance.Single(r => r.Indicator == indicator).Status;
        Assert.Equal(ComplianceStatus.Met, Status("natural_eco_space"));
        Assert.Equal(ComplianceStatus.NotMet, Status("eco_redline_area")); // 1500 → 1490: the area decreased
        Assert.Equal(ComplianceStatus.Met, Status("nature_reserve_area"));
    }
}
