using System.Text.Json;
using EcoAnalytics.Simulation;

namespace EcoAnalytics.Tests.Cli;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-simulate").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Csv_HasTheTidyHeader_AndNamedJointRows()
    {
        var (exit, output, _) = Run("simulate", "--county", "dengfeng", "--paths", "500", "--inspection", "2026", "--scenario", "push:urban_sewage_treatment=3@2025", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "scenario,county,workflow,measure,rule,indicator,binding,basis,deadline,target,direction,last_year,last_value,shift,probability,method,simulated,standard_error,independent,typical_change,leverage_binding,leverage_all,rules,excluded,most_likely_to_fail,dependence,paths,seed,note,synthetic",
            lines[0]);
        Assert.Contains(lines, l => l.StartsWith("baseline,dengfeng,dengfeng-provincial-2023,joint_all_binding,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("push:urban_sewage_treatment=3@2025,dengfeng,dengfeng-provincial-2023,joint_all,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("baseline,dengfeng,dengfeng-provincial-2023,rule,D24_urban_sewage_treatment,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1).Where(l => l.Contains(",projected,", StringComparison.Ordinal)), l => Assert.EndsWith(",synthetic", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_ReproducesBytes_AndJsonParses()
    {
        string[] args = ["simulate", "--county", "lushi", "--paths", "300", "--seed", "42", "--format", "json"];
        var first = Run(args);
        var second = Run(args);
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Out, second.Out);
        using var json = JsonDocument.Parse(first.Out);
        Assert.Contains(json.RootElement.EnumerateArray(), r => r.GetProperty("measure").GetString() == "joint_all_binding");
        Assert.DoesNotContain("simulating", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ShowsJointChances_ScenarioColumns_AndSyntheticRows()
    {
        var (exit, output, _) = Run("simulate", "--county", "dengfeng", "--paths", "500", "--inspection", "2026", "--scenarios", Path.Combine(EcoAnalytics.Data.Bundled.HomeFolder, "scenarios", "examples.json"));
        Assert.Equal(0, exit);
        Assert.Contains("P(every binding rule met): baseline", output, StringComparison.Ordinal);
        Assert.Contains("S1 = sewage push", output, StringComparison.Ordinal);
        Assert.Contains("S3 = stalled", output, StringComparison.Ordinal);
        Assert.Contains("synthetic", output, StringComparison.Ordinal);
        Assert.Contains("independence assumed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scenario", "push:urban_sewage_treatmnt=3@2024", "no rule or indicator 'urban_sewage_treatmnt'")]
    [InlineData("--scenario", "push:x=-3@2024", "must be a number ≥ 0")]
    [InlineData("--scenario", "lift:x=3@2024", "unknown kind 'lift'")]
    [InlineData("--paths", "10", "must be at least 100")]
    [InlineData("--binding", "D99", "no rule of that name")]
    [InlineData("--scenarios", "/nonexistent/s.json", "no such file")]
    [InlineData("--inspection", "3000", "not a plausible year")]
    public void Misuse_ExitsTwo_WithOneClearMessage(string option, string value, string message)
    {
        var (exit, output, error) = Run("simulate", "--county", "dengfeng", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void UnknownTarget_GetsASuggestion()
    {
        var (_, _, error) = Run("simulate", "--county", "dengfeng", "--scenario", "push:urban_sewage_treatmnt=3@2024");
        Assert.Contains("urban_sewage_treatment", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadScenarioFile_NamesFileAndLine_KeepsTheGoodScenarios_ExitsOne()
    {
        var path = Path.Combine(_folder, "s.json");
        File.WriteAllText(path, """
            {
              "scenarios": [
                { "name": "ok", "steps": [ { "kind": "stall", "target": "*", "from": 2025 } ] },
                { "name": "broken", "steps": [ { "kind": "push", "target": "*" } ] }
              ]
            }
            """);
        var (exit, output, error) = Run("simulate", "--county", "dengfeng", "--paths", "200", "--scenarios", path, "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:4: error {EcoAnalytics.Diagnostics.DiagnosticCodes.InvalidScenario}", error, StringComparison.Ordinal);
        Assert.Contains("\"perYear\" is missing", error, StringComparison.Ordinal);
        Assert.Contains("\nok,dengfeng,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("broken", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_AreTheLibrarys()
    {
        var (_, output, _) = Run("simulate", "--county", "lushi", "--paths", "200", "--format", "csv");
        Assert.StartsWith(string.Join(",", SimulationCells.Columns), output, StringComparison.Ordinal);
    }
}
