using System.Text.Json;
using EcoAnalytics.Cli;
using EcoAnalytics.Evaluation;

namespace EcoAnalytics.Tests.Cli;

public sealed class EcoCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Validate_BundledData_WarnsAboutLushiGoodAirAndExitsZero()
    {
        var (exit, output, _) = Run("validate", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        var inconsistency = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "ECO120" && d.GetProperty("county").GetString() == "lushi");
        Assert.Equal("warning", inconsistency.GetProperty("severity").GetString());
        Assert.Equal(2021, inconsistency.GetProperty("year").GetInt32());
        Assert.Contains("327", inconsistency.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("83.6", inconsistency.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileWithErrors_NamesEveryBadLineAndExitsOne()
    {
        var path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, string.Join('\n',
            "county,indicator,year,value,source,note",
            "lushi,urban_sewage_treatment,2021,95.5,survey,",
            "lushi,urban_sewage_treatment,2022,9O.5,survey,",
            "lushii,urban_sewage_treatment,2022,95,survey,",
            "lushi,urban_sewage_treatmnt,2022,95,survey,",
            "lushi,urban_sewage_treatment,20x2,95,survey,",
            "lushi,urban_sewage_treatment,2023,140,survey,",
            "lushi,urban_sewage_treatment,2024,96,,",
            "dengfeng,urban_sewage_treatment,2021,95,survey,") + "\n");
        var (exit, output, _) = Run("validate", "--data", path, "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var errors = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => (Line: d.GetProperty("line").GetInt32(), Code: d.GetProperty("code").GetString(), Message: d.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8], errors.Select(e => e.Line));
        Assert.Equal(["ECO104", "ECO101", "ECO102", "ECO103", "ECO105", "ECO107"], errors.Select(e => e.Code));
        Assert.Contains("value '9O.5' for urban_sewage_treatment is not a number", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'lushi'", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'urban_sewage_treatment'", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TableFormat_PrintsFileAndLine()
    {
        var path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, "county,indicator,year,value,source,note\nlushi,pm25,2021,abc,survey,\n");
        var (exit, output, _) = Run("validate", "--data", path);
        Assert.Equal(1, exit);
        Assert.Contains("bad.csv:2:4", output, StringComparison.Ordinal);
        Assert.Contains("ECO104", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownOption_IsUsageErrorExitTwo()
    {
        var (exit, _, error) = Run("validate", "--frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownCounty_IsUsageErrorWithSuggestion()
    {
        var (exit, _, error) = Run("evaluate", "--county", "dengfen");
        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'dengfeng'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadOverride_IsUsageError()
    {
        var (exit, _, error) = Run("evaluate", "--set", "forest_coverage:44");
        Assert.Equal(2, exit);
        Assert.Contains("RULE_OR_INDICATOR=VALUE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Csv_HasExactlyTheDocumentedColumns()
    {
        var (_, output, _) = Run("evaluate", "--format", "csv");
        var header = output.Split('\n')[0].Trim();
        Assert.Equal(string.Join(",", ComplianceTable.Columns), header);
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 20);
    }

    [Fact]
    public void Evaluate_Json_RowsCarryExactlyTheDocumentedKeys()
    {
        var (_, output, _) = Run("evaluate", "--format", "json");
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal(ComplianceTable.Columns, first.EnumerateObject().Select(p => p.Name));
        var statuses = json.RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "Met", "NotMet", "NoData", "Error", "NotInSet" }, statuses);
    }
}

public sealed class EcoCliForecastTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-forecast").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Forecast_RuleFileWithAnUnknownIndicator_IsRefusedUnlessLintErrorsAreIgnored()
    {
        var path = Path.Combine(_folder, "mixed.json");
        File.WriteAllText(path, """
            {"WorkflowName":"mixed",
             "Programme":{"county":"lushi","title":"t","document":"d.txt","reference":"r","thresholdSets":{"target":"t"},"defaultThresholdSet":"target"},
             "Rules":[
              {"RuleName":"good","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"forest_coverage","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2025,"source":{"document":"d.txt","line":1,"quote":"q"}}},
              {"RuleName":"bad","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"forest_coverag","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2025,"source":{"document":"d.txt","line":2,"quote":"q"}}}]}
            """);
        var (exit, output, error) = Run("forecast", "--rules", path, "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Contains("forest_coverag", error, StringComparison.Ordinal);
        Assert.Contains("mixed.json refused: 1 lint error(s)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("lushi,good", output, StringComparison.Ordinal);

        (exit, output, error) = Run("forecast", "--rules", path, "--ignore-lint-errors", "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Contains("forest_coverag", error, StringComparison.Ordinal);
        Assert.Contains("lushi,good,forest_coverage", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_UnknownThresholdSet_IsUsageErrorLikeEvaluate()
    {
        var (exit, _, error) = Run("forecast", "--threshold-set", "nonsense");
        Assert.Equal(2, exit);
        Assert.Contains("no programme has a threshold set 'nonsense'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Csv_HasTheForecastColumnsForEveryProgramme()
    {
        var (exit, output, _) = Run("forecast", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", EcoAnalytics.Outlook.ForecastTable.Columns), lines[0].Trim());
        Assert.True(lines.Length > 100);
    }

    [Fact]
    public void Forecast_SingleSeries_ProjectsHenanPm25()
    {
        var (exit, output, _) = Run("forecast", "--county", "henan", "--indicator", "pm25", "--target", "35", "--deadline", "2025", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("lower", row.GetProperty("direction").GetString());
        Assert.Equal(2023, row.GetProperty("last_year").GetInt32());
        Assert.InRange(row.GetProperty("probability_met").GetDouble(), 0, 1);
    }

    [Theory]
    [InlineData("forecast", "--level", "1.5")]
    [InlineData("forecast", "--county", "henan", "--indicator", "pm25")]
    [InlineData("forecast", "--model", "arima")]
    public void Forecast_BadArguments_AreUsageErrors(params string[] args) => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void Backtest_ScoresEveryModelOnRealHenanSeries()
    {
        var (exit, output, _) = Run("backtest", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var pm25 = json.RootElement.EnumerateArray().Where(r => r.GetProperty("county").GetString() == "henan" && r.GetProperty("indicator").GetString() == "pm25").ToList();
        Assert.Equal(["naive", "drift", "linear", "damped", "theta", "auto"], pm25.Select(r => r.GetProperty("model").GetString()));
        Assert.All(pm25, r => Assert.True(r.GetProperty("forecasts").GetInt32() > 0));
    }

    [Fact]
    public void Backtest_Model_ScoresOnlyThatModel()
    {
        var (exit, output, _) = Run("backtest", "--model", "theta", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("theta", r.GetProperty("model").GetString()));
    }

    [Theory]
    [InlineData("backtest", "--model", "arima")]
    [InlineData("backtest", "--model", "Theta")]
    public void Backtest_BadModel_IsAUsageErrorNamingTheModels(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("'loglinear'", output + error, StringComparison.Ordinal);
    }
}

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs with the table width set, as <c>COLUMNS</c> sets it, without touching the process environment.</summary>
    public static (int Exit, string Out, string Err) RunAt(int? width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EcoCli.Run(args, output, error, width);
        return (exit, output.ToString(), error.ToString());
    }
}

public sealed class EcoCliRulesLintTests
{
    [Fact]
    public void RulesLint_GlobIncludingTheSchema_SkipsItAndPasses()
    {
        var rules = Path.Combine(EcoAnalytics.Tests.Rules.SeedTables.SeedTableFiles.RepoRoot, "rules");
        var (exit, output, _) = CliRunner.Run(["rules", "lint", "--format", "json", .. Directory.GetFiles(rules, "*.json")]);
        Assert.Equal(0, exit);
        Assert.Contains("skipped: the JSON schema", output, StringComparison.Ordinal);
    }
}
