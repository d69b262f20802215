using EcoAnalytics.Diagnostics;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Tests.Simulation;

public sealed class ScenarioTests
{
    private static double Central(int year) => 50 + (year - 2020);

    [Fact]
    public void Parse_EveryKind()
    {
        var push = Assert.IsType<PushStep>(Assert.Single(Scenario.Parse("push:town_sewage_treatment=3@2024").Steps));
        Assert.Equal(("town_sewage_treatment", 3.0, 2024), (push.Target, push.PerYear, push.FromYear));
        var shock = Assert.IsType<ShockStep>(Assert.Single(Scenario.Parse("shock:*=2.5@2025").Steps));
        Assert.Equal(("*", 2.5, 2025), (shock.Target, shock.Size, shock.Year));
        var stall = Assert.IsType<StallStep>(Assert.Single(Scenario.Parse("stall:forest_coverage@2024").Steps));
        Assert.Equal(2024, stall.FromYear);
        var path = Assert.IsType<PathStep>(Assert.Single(Scenario.Parse("path:R1=2024:90, 2026:94").Steps));
        Assert.Equal(2, path.Values.Count);
        Assert.Equal("push:town_sewage_treatment=3@2024", Scenario.Parse("push:town_sewage_treatment=3@2024").Name);
    }

    [Theory]
    [InlineData("push", "not KIND:ARGS")]
    [InlineData("boost:x=1@2024", "unknown kind 'boost'")]
    [InlineData("push:x=1", "TARGET=AMOUNT@YEAR")]
    [InlineData("push:x=-1@2024", "must be a number ≥ 0")]
    [InlineData("push:x=1,5@2024", "'1,5' is not a number (use '.' for decimals)")]
    [InlineData("shock:x=2@20x4", "'20x4' is not a year")]
    [InlineData("stall:x@3000", "outside 1900–2200")]
    [InlineData("path:x=2024:90,2024:91", "year 2024 is given twice")]
    [InlineData("path:x=2024", "'2024' is not YEAR:VALUE")]
    public void Parse_Refuses_WithAReason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Scenario.Parse(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shifts_FollowTheirDefinitions()
    {
        // Latest observation 2022; deadline 2025; higher is better (+1) or lower (−1).
        Assert.Equal(4, new PushStep("*", 2, 2024).Shift(2025, 2022, 1, Central)); // +2 in 2024, +2 more in 2025
        Assert.Equal(-4, new PushStep("*", 2, 2024).Shift(2025, 2022, -1, Central));
        Assert.Equal(9, new PushStep("*", 3, 2010).Shift(2025, 2022, 1, Central)); // observed years are not pushed
        Assert.Equal(0, new PushStep("*", 3, 2026).Shift(2025, 2022, 1, Central));
        Assert.Equal(-4, new ShockStep("*", 4, 2024).Shift(2025, 2022, 1, Central));
        Assert.Equal(0, new ShockStep("*", 4, 2021).Shift(2025, 2022, 1, Central)); // already observed
        Assert.Equal(-2, new StallStep("*", 2024).Shift(2025, 2022, 1, Central)); // frozen at the 2023 value: 53 − 55
        Assert.Equal(0, new StallStep("*", 2026).Shift(2025, 2022, 1, Central));
        var path = new PathStep("*", new Dictionary<int, double> { [2024] = 60, [2026] = 64 });
        Assert.Equal(62 - 55, path.Shift(2025, 2022, 1, Central), 12); // linear between the given years
        Assert.Equal(0, path.Shift(2023, 2022, 1, Central)); // before the first given year the trend stands
        Assert.Equal(64 - 57, path.Shift(2027, 2022, 1, Central), 12); // the last value is held
    }

    [Fact]
    public void File_ReadsGoodScenarios_AndNamesTheLineOfABadOne()
    {
        var text = """
            {
              "scenarios": [
                { "name": "sewage push", "steps": [ { "kind": "push", "target": "town_sewage_treatment", "perYear": 3, "from": 2024 } ] },
                { "name": "bad push", "steps": [ { "kind": "push", "target": "x", "perYear": -1, "from": 2024 } ] },
                { "name": "flood", "steps": [ { "kind": "shock", "target": "forest_coverage", "size": 2, "year": 2025 },
                                               { "kind": "path", "target": "pm25", "values": { "2024": 30, "2025": 28 } } ] }
              ]
            }
            """;
        var read = ScenarioFile.Parse(text, "s.json");
        Assert.Equal(["sewage push", "flood"], read.Value.Select(s => s.Name));
        Assert.Equal(2, read.Value[1].Steps.Count);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidScenario, error.Code);
        Assert.Equal(("s.json", 4), (error.File, error.Line));
        Assert.Contains("scenario 'bad push', step 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_SyntaxError_HasItsLine()
    {
        var read = ScenarioFile.Parse("{\n  \"scenarios\": [\n    { \"name\": }\n  ]\n}", "s.json");
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Empty(read.Value);
    }

    [Fact]
    public void BundledExample_Reads()
    {
        var path = Path.Combine(EcoAnalytics.Data.Bundled.HomeFolder, "scenarios", "examples.json");
        var read = ScenarioFile.Read(path);
        Assert.Empty(read.Diagnostics);
        Assert.NotEmpty(read.Value);
    }
}
