using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Rules;

public sealed class RuleSandboxTests
{
    [Fact]
    public void Settings_AreLockedDown()
    {
        var settings = RuleSandbox.Settings();
        Assert.False(settings.AutoRegisterInputType);
        Assert.Equal([typeof(RuleFunctions)], settings.CustomTypes);
        Assert.False(settings.EnableFormattedErrorMessage);
        Assert.False(settings.EnableScopedParams);
        Assert.False(settings.AutoExecuteActions);
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0")]
    [InlineData("File.Exists(\"/etc/passwd\")")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]
    [InlineData("System.Environment.Exit(3) == null")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\") != null")]
    [InlineData("Activator.CreateInstance(\"System.IO\", \"File\") != null")]
    [InlineData("typeof(System.IO.File) != null")]
    [InlineData("x.GetType().Assembly.FullName != \"\"")]
    [InlineData("x.GetType().GetMethods().Length > 0")]
    [InlineData("x.Status.GetType().Assembly.GetType(\"System.IO.File\") != null")]
    [InlineData("x.ToString() == \"\"")]
    [InlineData("x.Values.GetType().Name == \"Double[]\"")]
    [InlineData("Microsoft.Data.Analysis.DataFrame.LoadCsv(\"/etc/passwd\", ':', false, null, null, -1, 10, false, null, false, null) != null")]
    [InlineData("DataFrame.LoadCsv(\"/etc/passwd\") != null")]
    [InlineData("EcoAnalytics.Data.Dataset.LoadBundled() != null")]
    [InlineData("EcoAnalytics.Data.ObservationReader.RequiredColumns.Count > 0")]
    [InlineData("EcoAnalytics.Rules.RuleSandbox.Settings() != null")]
    [InlineData("new System.IO.DirectoryInfo(\"/\") != null")]
    [InlineData("Regex.IsMatch(x.Status, \".*\")")]
    public void Compile_ExpressionReachingOutsideTheSandbox_IsRejected(string expression)
    {
        var compiled = RuleSandbox.Compile(expression);
        Assert.False(compiled.Success, $"'{expression}' compiled but must not");
        Assert.Contains(compiled.ErrorCode, new[] { DiagnosticCodes.ForbiddenAccess, DiagnosticCodes.InvalidExpression });
        Assert.False(string.IsNullOrWhiteSpace(compiled.Error));
    }

    [Theory]
    [InlineData("x.GetType().Assembly.FullName != \"\"", "GetType")]
    [InlineData("x.ToString() == \"\"", "ToString")]
    [InlineData("System.IO.File.Exists(\"a\")", "System.IO.File")]
    public void Compile_RejectedExpression_NamesWhatWasForbidden(string expression, string named)
    {
        var compiled = RuleSandbox.Compile(expression);
        Assert.Equal(DiagnosticCodes.ForbiddenAccess, compiled.ErrorCode);
        Assert.Contains(named, compiled.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.Value >= x.Threshold", true)]
    [InlineData("x.value >= x.threshold", true)]
    [InlineData("x.Values[0] <= x.Thresholds[0] && x.Values[1] <= x.Thresholds[1]", true)]
    [InlineData("x.Values.All(v => v > 1)", true)]
    [InlineData("Math.Abs(x.Value - x.Threshold) < 1", true)]
    [InlineData("RuleFunctions.Change(x.Value, x.Previous) >= 0", true)]
    [InlineData("x.Status == \"建立\" || x.Status.StartsWith(\"全面\")", true)]
    [InlineData("x.Slope > 0 || x.Value >= x.Threshold", true)]
    public void Compile_PlainRuleExpressions_Compile(string expression, bool expected)
    {
        var compiled = RuleSandbox.Compile(expression);
        Assert.Equal(expected, compiled.Success);
    }

    [Fact]
    public void Compile_NonBooleanExpression_ReportsNonBoolean()
    {
        var compiled = RuleSandbox.Compile("x.Value + 1");
        Assert.Equal(DiagnosticCodes.NonBooleanExpression, compiled.ErrorCode);
    }

    [Fact]
    public void Compile_RecordsTheMembersTheExpressionReads()
    {
        var compiled = RuleSandbox.Compile("x.Value <= x.Assigned && x.Slope <= 0");
        Assert.Equal(new HashSet<string> { "Value", "Assigned", "Slope" }, compiled.Members);
    }

    [Fact]
    public void Compile_CompiledPredicate_EvaluatesTheInput()
    {
        var compiled = RuleSandbox.Compile("x.Value >= x.Threshold");
        var input = new RuleInput("c", 2023, "山区", 45, 44, double.NaN, double.NaN, double.NaN, 0, double.NaN, string.Empty, [], []);
        Assert.True(compiled.Evaluate!(input));
        Assert.False(compiled.Evaluate(input with { Value = 43 }));
    }
}
