using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoAnalytics.Tests.Import;

/// <summary>A threshold text built from a comparator, a number and its decorations (full width, %, spaces).</summary>
public sealed record ThresholdCase(string Text, Comparator Comparator, double Value);

public static class ThresholdArbitraries
{
    private static readonly (string Sign, Comparator Comparator)[] Signs =
        [("≥", Comparator.AtLeast), (">", Comparator.Above), ("＞", Comparator.Above), ("≤", Comparator.AtMost), ("<", Comparator.Below), ("＜", Comparator.Below), (">=", Comparator.AtLeast), ("≧", Comparator.AtLeast), ("", Comparator.AtLeast)];

    public static Arbitrary<ThresholdCase> Cases() =>
        (from sign in Gen.Elements(Signs)
         from value in Gen.Choose(0, 100000)
         from suffix in Gen.Elements("", "%", "％", "（保护率）")
         from space in Gen.Elements("", " ", "\u3000")
         from fullWidth in Gen.Elements(false, true)
         select Case(sign, value, suffix, space, fullWidth))
            .ToArbitrary();

    private static ThresholdCase Case((string Sign, Comparator Comparator) sign, int value, string suffix, string space, bool fullWidth)
    {
        var number = (value / 100.0).ToString(CultureInfo.InvariantCulture);
        if (fullWidth)
        {
            number = string.Concat(number.Select(c => c is >= '0' and <= '9' or '.' ? (char)(c + 0xFEE0) : c));
        }

        return new ThresholdCase($"{sign.Sign}{space}{number}{suffix}", sign.Comparator, value / 100.0);
    }
}

[Properties(Arbitrary = [typeof(ThresholdArbitraries)], MaxTest = 300)]
public class ThresholdTextTests
{
    [Property]
    public bool WellFormedText_ParsesBackToItsComparatorAndValue(ThresholdCase c)
    {
        var parsed = ThresholdText.Parse(c.Text, out _);
        return parsed is [{ Requirement: Requirement.Threshold } one] && one.Comparator == c.Comparator && one.Value == c.Value;
    }

    [Property]
    public bool SeveralValues_ParseToOnePartEach(ThresholdCase a, ThresholdCase b, ThresholdCase c)
    {
        var parsed = ThresholdText.Parse($"{a.Text} {b.Text} {c.Text}", out _);
        return parsed is { Count: 3 } && parsed.Zip([a, b, c]).All(p => p.First.Comparator == p.Second.Comparator && p.First.Value == p.Second.Value);
    }

    [Property]
    public bool RandomText_NeverThrows(string text)
    {
        var parsed = ThresholdText.Parse(text, out var error);
        return parsed is not null ^ error is not null;
    }

    [Theory]
    [InlineData("≥44", Requirement.Threshold, ">=", 44.0)]
    [InlineData("> 90%", Requirement.Threshold, ">", 90.0)]
    [InlineData("≥ 90.5%", Requirement.Threshold, ">=", 90.5)]
    [InlineData("100%", Requirement.Threshold, ">=", 100.0)]
    [InlineData("≥60.5", Requirement.Threshold, ">=", 60.5)]
    [InlineData("96（保护率）", Requirement.Threshold, ">=", 96.0)]
    [InlineData("＞95％", Requirement.Threshold, ">", 95.0)]
    [InlineData("消除", Requirement.Eliminated, "<=", 0.0)]
    public void SeedNumbers(string text, Requirement requirement, string comparator, double value)
    {
        var one = Assert.Single(ThresholdText.Parse(text, out _)!);
        Assert.Equal((requirement, comparator, value), (one.Requirement, one.Comparator.Symbol(), one.Value!.Value));
    }

    [Theory]
    [InlineData("不减少", Requirement.NotDecreasing)]
    [InlineData("不降低", Requirement.NotDecreasing)]
    [InlineData("稳定提高", Requirement.Improving)]
    [InlineData("完成上级规定的目标任务", Requirement.Assigned)]
    [InlineData("不明显", Requirement.Status)]
    [InlineData("建立", Requirement.Status)]
    [InlineData("建立实施", Requirement.Status)]
    [InlineData("制定实施", Requirement.Status)]
    [InlineData("全面实施", Requirement.Status)]
    [InlineData("有效开展", Requirement.Status)]
    [InlineData("开展", Requirement.Status)]
    [InlineData("获得", Requirement.Status)]
    [InlineData("颁布实施 1 年以上", Requirement.Status)]
    public void SeedWords(string text, Requirement requirement)
    {
        var one = Assert.Single(ThresholdText.Parse(text, out _)!);
        Assert.Equal(requirement, one.Requirement);
        Assert.Equal(requirement == Requirement.Status ? text : null, one.Label);
    }

    [Fact]
    public void TerrainList_AndMultiValueCells()
    {
        var terrain = Assert.Single(ThresholdText.Parse("山区>60% 丘陵区>40% 平原区>18%", out _)!);
        Assert.Equal((Requirement.Terrain, Comparator.Above), (terrain.Requirement, terrain.Comparator));
        Assert.Equal(new Dictionary<Terrain, double> { [Terrain.Mountain] = 60, [Terrain.Hill] = 40, [Terrain.Plain] = 18 }, terrain.ByTerrain);
        Assert.Equal([94.2, 95.1, 97.5], ThresholdText.Parse("≥94.2 ≥95.1 ≥97.5", out _)!.Select(p => p.Value!.Value));
        Assert.Equal([Requirement.Threshold, Requirement.Status, Requirement.NotDecreasing], ThresholdText.Parse("96（保护率） 不明显 不降低", out _)!.Select(p => p.Requirement));
        var trend = Assert.Single(ThresholdText.Parse("完成上级规定的考核任务；保持稳定或持续改善", out _)!);
        Assert.True(trend is { Requirement: Requirement.Assigned, WithTrend: true });
        Assert.Null(ThresholdText.Parse("得到严格保护，面积不减少，性质不改变，功能不降低", out var error));
        Assert.Contains("面积不减少", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≥60（山区） ≥40（丘陵区） ≥18（平原地区）", ">=")]
    [InlineData("山区≥60%，丘陵区≥40%，平原区≥18%", ">=")]
    [InlineData("＞60％（山区）＞40％（丘陵地区）＞18％（平原区）", ">")]
    public void TerrainWrittenEitherWay(string text, string comparator)
    {
        var terrain = Assert.Single(ThresholdText.Parse(text, out _)!);
        Assert.Equal((Requirement.Terrain, comparator), (terrain.Requirement, terrain.Comparator.Symbol()));
        Assert.Equal(new Dictionary<Terrain, double> { [Terrain.Mountain] = 60, [Terrain.Hill] = 40, [Terrain.Plain] = 18 }, terrain.ByTerrain);
    }

    [Fact]
    public void ValuesByAdministrativeLevel_ACountyTakesTheCountyValue()
    {
        var sewage = Assert.Single(ThresholdText.Parse("市≥95 县≥85", out _)!);
        Assert.Equal((Requirement.Threshold, 85.0), (sewage.Requirement, sewage.Value));
        Assert.Contains("市≥95", sewage.Note, StringComparison.Ordinal);
        Assert.Equal("开展", Assert.Single(ThresholdText.Parse("市：100 县：开展", out _)!).Label);
        Assert.Equal(80, Assert.Single(ThresholdText.Parse("市≥95；县≥80", out _)!).Value);
        Assert.Null(ThresholdText.Parse("市≥95", out _)); // no county value: not guessed
    }

    [Fact]
    public void Conjunction_GivesEveryRequirement()
    {
        var index = Assert.Single(ThresholdText.Parse("≥55且不降低", out _)!);
        Assert.Equal((Requirement.Threshold, 55.0), (index.Requirement, index.Value));
        Assert.Equal([Requirement.NotDecreasing], index.Also.Select(a => a.Requirement));
        var both = Assert.Single(ThresholdText.Parse("≥90%，并稳定提高", out _)!);
        Assert.Equal([Requirement.Improving], both.Also.Select(a => a.Requirement));
        Assert.Null(ThresholdText.Parse("≥55且大幅提升", out _)); // a part it cannot read: the whole is unread
    }
}
