using EcoAnalytics.Diagnostics;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Import;

/// <summary>A name matched to one indicator but printed in the unit of the one other indicator naming the same measure.</summary>
public sealed class PrintedUnitTests
{
    private static Programme Import(string unit, string threshold)
    {
        var text = string.Join('\n', "序号\t指标\t单位\t目标值\t责任单位", $"1\t优良天数\t{unit}\t{threshold}\t生态环境分局");
        var path = ImportFixtures.Write($"printed-unit-{Guid.NewGuid():N}.tsv", text);
        var result = RuleImporter.ImportFile(path, ImportFixtures.Catalog, new RuleImportOptions { County = "lushi" });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return SeedAnnexRoundTripTests.Parse(result);
    }

    [Fact]
    public void DaysPrintedInPercent_AreTheShareOfDays()
    {
        var rule = Assert.Single(Import("%", "≥90").Rules);
        Assert.Equal("good_air_ratio", rule.Indicator);
    }

    [Fact]
    public void DaysPrintedInDays_StayTheCount()
    {
        var rule = Assert.Single(Import("天", "≥300").Rules);
        Assert.Equal("good_air_days", rule.Indicator);
    }
}
