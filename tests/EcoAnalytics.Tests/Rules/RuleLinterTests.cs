using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Rules;

public sealed class RuleLinterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-lint").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string rules)
    {
        var path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, $$"""
            {
              "WorkflowName": "p",
              "Programme": { "county": "hill", "document": "t.txt", "thresholdSets": { "target": "目标值" }, "defaultThresholdSet": "target" },
              "Rules": [
            {{rules}}
              ]
            }
            """);
        return path;
    }

    private const string Source = "\"source\":{\"document\":\"t.txt\",\"line\":3,\"item\":\"1\",\"quote\":\"≥44\"}";

    private static string Rule(string name, string expression, string props) =>
        $$"""    { "RuleName": "{{name}}", "Expression": "{{expression}}", "Properties": { {{props}}, {{Source}} } }""";

    [Fact]
    public void Lint_ValidFile_HasNoErrors()
    {
        var path = Write(Rule("R1", "x.Value >= x.Threshold", "\"indicator\":\"forest\",\"requirement\":\"threshold\",\"comparator\":\">=\",\"thresholds\":{\"target\":44}"));
        var diagnostics = RuleLinter.Lint(path, RuleFixtures.Catalog);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Lint_DuplicateRuleNames_NamesBothLines()
    {
        var rule = Rule("R1", "x.Value >= x.Threshold", "\"indicator\":\"forest\",\"requirement\":\"threshold\",\"comparator\":\">=\",\"thresholds\":{\"target\":44}");
        var path = Write(rule + ",\n" + rule);
        var d = Assert.Single(RuleLinter.Lint(path, RuleFixtures.Catalog), d => d.Code == DiagnosticCodes.DuplicateRule);
        Assert.Equal(6, d.Line);
        Assert.Contains("already used on line 5", d.Message, StringComparison.Ordinal);
        Assert.Equal("R1", d.Rule);
        Assert.Equal(path, d.File);
    }

    [Theory]
    [InlineData("forest", "forest_rise", "x.Value - x.Previous >= x.Assigned", null)]
    [InlineData("pm25", "pm25_fall", "x.Previous - x.Value >= x.Assigned", null)]
    [InlineData("pm25", "pm25_fall", "x.Value - x.Previous >= x.Assigned", "a fall of")]
    [InlineData("forest", "forest_rise", "x.Value >= x.Assigned", "a rise of")]
    [InlineData("forest", "forest", "x.Value - x.Previous >= x.Assigned", "is not a change-size indicator")]
    [InlineData("forest", "pm25_fall", "x.Value - x.Previous >= x.Assigned", "measures the change of 'pm25'")]
    public void Lint_AssignedChange_ChecksTheKeyAndTheDirectionOfTheChange(string indicator, string key, string expression, string? error)
    {
        var path = Write(Rule("R1", expression, $"\"indicator\":\"{indicator}\",\"assignedIndicator\":\"{key}\",\"requirement\":\"assigned_change\",\"comparator\":\">=\""));
        var errors = RuleLinter.Lint(path, RuleFixtures.Catalog).Where(d => d.IsError).Select(d => d.Message).ToList();
        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, m => m.Contains(error, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Lint_UnknownIndicator_SuggestsNearest()
    {
        var path = Write(Rule("R1", "x.Value >= x.Threshold", "\"indicator\":\"forrest\",\"requirement\":\"threshold\",\"comparator\":\">=\",\"thresholds\":{\"target\":44}"));
        var d = Assert.Single(RuleLinter.Lint(path, RuleFixtures.Catalog), d => d.Code == DiagnosticCodes.RuleUnknownIndicator);
        Assert.Contains("did you mean 'forest'", d.Message, StringComparison.Ordinal);
        Assert.Equal(5, d.Line);
    }

    [Theory]
    [InlineData("x.Value >= 44", DiagnosticCodes.InvalidRuleProperties)]
    [InlineData("x.Value + x.Threshold", DiagnosticCodes.NonBooleanExpression)]
    [InlineData("x.Value <= x.Threshold", DiagnosticCodes.ComparatorMismatch)]
    [InlineData("x.Value > x.Threshold", DiagnosticCodes.ComparatorMismatch)]
    [InlineData("System.IO.File.Exists(\\\"/etc/passwd\\\")", DiagnosticCodes.ForbiddenAccess)]
    [InlineData("x.GetType().Assembly.FullName != \\\"\\\"", DiagnosticCodes.ForbiddenAccess)]
    public void Lint_BadExpression_IsReportedWithItsCode(string expression, string code)
    {
        var path = Write(Rule("R1", expression, "\"indicator\":\"forest\",\"requirement\":\"threshold\",\"comparator\":\">=\",\"thresholds\":{\"target\":44}"));
        var diagnostics = RuleLinter.Lint(path, RuleFixtures.Catalog);
        var d = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal("R1", d.Rule);
        Assert.True(d.IsError);
    }

    [Fact]
    public void Read_Inherits_IsReadAndAnUnknownSetIsAnError()
    {
        const string Rules = """[ { "RuleName": "R1", "Expression": "x.Value >= x.Threshold", "Properties": { "indicator": "forest", "requirement": "threshold", "comparator": ">=", "thresholds": { "target": 44 }, "source": { "document": "t.txt", "line": 1, "item": "1", "quote": "q" } } } ]""";
        var good = ProgrammeReader.Parse("""{ "WorkflowName": "p", "Programme": { "county": "hill", "document": "t.txt", "thresholdSets": { "target": "t", "standard": "s" }, "defaultThresholdSet": "target", "inherits": { "standard": "target" } }, "Rules": """ + Rules + "}", "p.json");
        Assert.Equal("target", good.Value!.Inherits["standard"]);
        Assert.DoesNotContain(good.Diagnostics, d => d.IsError);
        var bad = ProgrammeReader.Parse("""{ "WorkflowName": "p", "Programme": { "county": "hill", "document": "t.txt", "thresholdSets": { "target": "t" }, "defaultThresholdSet": "target", "inherits": { "plan": "target" } }, "Rules": """ + Rules + "}", "p.json");
        Assert.Contains(bad.Diagnostics, d => d.Code == DiagnosticCodes.UnknownThresholdSet && d.Message.Contains("'plan'", StringComparison.Ordinal));
        Assert.Empty(bad.Value!.Inherits);
    }

    [Fact]
    public void Lint_MissingSourceAndUnknownSet_AreErrors()
    {
        var path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, """
            { "WorkflowName": "p", "Programme": { "county": "hill", "thresholdSets": { "target": "t" }, "defaultThresholdSet": "target" },
              "Rules": [ { "RuleName": "R1", "Expression": "x.Value >= x.Threshold", "Properties": { "indicator": "forest", "requirement": "threshold", "comparator": ">=", "thresholds": { "target": 44, "plan": 50 } } } ] }
            """);
        var diagnostics = RuleLinter.Lint(path, RuleFixtures.Catalog);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidRuleProperties && d.Message.Contains("source", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownThresholdSet && d.Message.Contains("'plan'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_InvalidJson_ReportsLine()
    {
        var path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, "{\n  \"WorkflowName\": \"p\",\n  \"Rules\": [ oops ]\n}");
        var d = Assert.Single(RuleLinter.Lint(path, RuleFixtures.Catalog));
        Assert.Equal(DiagnosticCodes.InvalidWorkflow, d.Code);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Lint_TemplatesAndActions_AreRejected()
    {
        var path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, """
            { "WorkflowName": "p", "Programme": { "county": "hill", "thresholdSets": { "target": "t" }, "defaultThresholdSet": "target" },
              "Rules": [ { "RuleName": "R1", "Expression": "x.Value >= x.Threshold", "ErrorMessage": "low $(x.Value)",
                           "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } },
                           "Properties": { "indicator": "forest", "requirement": "threshold", "comparator": ">=", "thresholds": { "target": 44 },
                                           "source": { "document": "t", "line": 1, "item": "1", "quote": "q" } } } ] }
            """);
        var diagnostics = RuleLinter.Lint(path, RuleFixtures.Catalog);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnsupportedFeature));
    }
}
