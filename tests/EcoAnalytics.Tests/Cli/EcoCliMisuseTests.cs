namespace EcoAnalytics.Tests.Cli;

/// <summary>Misuse of the command line: one plain message, the documented exit code, never a stack trace.</summary>
public sealed class EcoCliMisuseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-misuse").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string[], int, string> Cases() => new()
    {
        { ["backtest", "--min-train", "0"], 2, "--min-train 0 must be at least 3" },
        { ["backtest", "--max-horizon", "-1"], 2, "--max-horizon -1 must be at least 1" },
        { ["backtest", "--level", "95"], 2, "did you mean 0.95?" },
        { ["forecast", "--level", "80"], 2, "did you mean 0.8?" },
        { ["generate", "demo", "--out", "/nonexistent/dir/x.csv"], 2, "the folder /nonexistent/dir does not exist" },
        { ["generate", "demo", "--first-year", "2030", "--last-year", "2020"], 2, "--first-year 2030 is after --last-year 2020" },
        { ["evaluate", "--year", "abc"], 2, "--year: 'abc' is not a whole number" },
        { ["forecast", "--deadline", "20x5"], 2, "--deadline: '20x5' is not a whole number" },
        { ["evaluate", "--set", "foo=1"], 2, "no rule or indicator 'foo'" },
        { ["forecast", "--set", "forest_grass_coverag=60"], 2, "did you mean 'forest_grass_coverage'" },
        { ["forecast", "--threshold-set", "nonsense"], 2, "no programme has a threshold set 'nonsense'" },
        { ["validate", "--data", "/tmp"], 1, "is a folder, not a CSV file" },
        { ["evaluate", "--rules", "/tmp"], 1, "is a folder, not a rule file" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Misuse_GivesOnePlainMessageAndTheExitCode(string[] args, int exit, string message)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(exit, code);

        // validate reports on standard output (its report is the result); the others on standard error.
        Assert.Contains(message, args[0] == "validate" ? output : error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{\"WorkflowName\": \"x\",\n \"Rules\": [ {\"RuleName\": \"a\" ", "the file ends inside an object or array")]
    [InlineData("{\"WorkflowName\": \"x\", \"Rules\": [ oops ] }", "not valid JSON")]
    public void BrokenRuleFile_IsOnePlainDiagnosticWithOneLocation(string text, string message)
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, text);
        var (code, _, error) = CliRunner.Run("evaluate", "--rules", path);
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n'), l => l.Contains("ECO200", StringComparison.Ordinal));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_YearWithoutData_SaysWhichYearsTheDataCover()
    {
        var (code, _, error) = CliRunner.Run("evaluate", "--year", "1999", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Matches(@"no observation for 1999; the datasets cover \d{4}–\d{4}", error);
    }

    [Fact]
    public void Help_ShowsTheVerboseOption()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }
}

/// <summary>Lint is a gate: rule files that fail <c>eco rules lint</c> are refused by the commands that run rules.</summary>
public sealed class EcoCliLintGateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-lint-gate").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Programme(string name, string rules)
    {
        var path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, $$"""
            {"WorkflowName":"{{name}}",
             "Programme":{"county":"lushi","title":"t","document":"d.txt","reference":"r","thresholdSets":{"target":"t"},"defaultThresholdSet":"target"},
             "Rules":[{{rules}}]}
            """);
        return path;
    }

    private static string Rule(string name, string expression, string comparator) =>
        "{\"RuleName\":\"" + name + "\",\"Expression\":\"" + expression + "\",\"Properties\":{\"indicator\":\"forest_grass_coverage\",\"requirement\":\"threshold\","
        + "\"comparator\":\"" + comparator + "\",\"thresholds\":{\"target\":44},\"deadline\":2025,\"source\":{\"document\":\"d.txt\",\"line\":1,\"quote\":\"q\"}}}";

    [Theory]
    [InlineData("evaluate")]
    [InlineData("forecast")]
    public void RuleFileWithLintErrors_IsRefusedAndTheOthersStillRun(string command)
    {
        var mismatch = Programme("mismatch", Rule("ge_rule", "x.Value >= x.Threshold", "<="));
        var duplicate = Programme("duplicate", Rule("twice", "x.Value >= x.Threshold", ">=") + "," + Rule("twice", "x.Value >= x.Threshold", ">="));
        var good = Programme("good", Rule("fine", "x.Value >= x.Threshold", ">="));
        var (exit, output, error) = CliRunner.Run(command, "--rules", mismatch, duplicate, good, "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Contains("mismatch.json refused", error, StringComparison.Ordinal);
        Assert.Contains("duplicate.json refused", error, StringComparison.Ordinal);
        Assert.Contains("ECO207", error, StringComparison.Ordinal);
        Assert.Contains("ECO201", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ge_rule", output, StringComparison.Ordinal);
        Assert.DoesNotContain("twice", output, StringComparison.Ordinal);
        Assert.Contains("fine", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BundledRules_PassTheGate()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("refused", error, StringComparison.Ordinal);
    }
}

public sealed class EcoCliHelpTests
{
    [Theory]
    [InlineData("evaluate")]
    [InlineData("forecast")]
    [InlineData("validate")]
    public void Help_ShowsDefaultsInTheCaseOfTheChoices(string command)
    {
        var (_, output, _) = CliRunner.Run(command, "--help");
        Assert.DoesNotContain("[default: Table]", output, StringComparison.Ordinal);
        Assert.Contains("default table", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_DefaultDeadline_IsTheReportsOne()
    {
        var (_, output, _) = CliRunner.Run("forecast", "--help");
        Assert.Contains("[default: 2025]", output, StringComparison.Ordinal);
    }
}

public sealed class EcoCliAnalystColumnsTests
{
    [Fact]
    public void Evaluate_Csv_SaysWhereEachValueComesFromAndWhetherItIsSynthetic()
    {
        var (_, output, _) = CliRunner.Run("evaluate", "--year", "2021", "--format", "csv");
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("message,source,synthetic,value_label,threshold_label", rows[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(rows, r => r.TrimEnd().EndsWith(",synthetic,synthetic,,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TrimEnd().EndsWith(",seed:000_b1e58e9430650c30.txt#L17,,,", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_Csv_NamesTheProgrammeAndTheOutlook()
    {
        var (_, output, _) = CliRunner.Run("forecast", "--format", "csv");
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("note,workflow,outlook", rows[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains(",lushi-lianshan-2023,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TrimEnd().EndsWith(",on track", StringComparison.Ordinal) || r.TrimEnd().EndsWith(",off track", StringComparison.Ordinal));
    }
}

public sealed class EcoCliCorpusTests
{
    [Fact]
    public void BacktestCorpus_ReportsReliabilityOnTheEvaluationPartAndTheCalibrationPartOnRequest()
    {
        var (exit, output, _) = CliRunner.Run("backtest", "--corpus", "--format", "csv");
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal("evaluation", r[0]));
        var reliability = rows.Where(r => r[1] == "reliability" && r[2] == "auto").ToList();
        Assert.Equal(10, reliability.Count);

        (exit, output, _) = CliRunner.Run("backtest", "--corpus", "--part", "calibration", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), r => Assert.StartsWith("calibration,", r, StringComparison.Ordinal));
    }
}
