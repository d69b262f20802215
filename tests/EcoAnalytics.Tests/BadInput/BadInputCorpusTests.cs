using System.Text.Json;
using EcoAnalytics.Data;
using EcoAnalytics.Tests.Cli;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.BadInput;

/// <summary>
/// The committed bad-input corpus (<c>BadInput/files/</c>, described in <c>BadInput/cases.tsv</c>): each file, as
/// <c>eco validate</c> sees it, gives its expected diagnostic code at its line and the expected exit code, its good rows
/// are still loaded, and <c>eco evaluate</c> still evaluates over them.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static string Folder => Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "BadInput");

    public static TheoryData<string, string, int?, int, int> Cases()
    {
        var data = new TheoryData<string, string, int?, int, int>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "cases.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2].Length == 0 ? null : int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyFiles() => Assert.True(Cases().Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadFile_GivesItsDiagnosticAndKeepsItsGoodRows(string file, string code, int? line, int goodRows, int exit)
    {
        var path = Path.Combine(Folder, "files", file);
        var (validateExit, output, error) = CliRunner.Run("validate", "--data", path, "--format", "json");
        Assert.True(exit == validateExit, $"exit {validateExit}, expected {exit}: {error}");
        using var json = JsonDocument.Parse(output);
        var mine = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("file").GetString() == path)
            .Select(d => (Code: d.GetProperty("code").GetString(), Line: d.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : (int?)null))
            .ToList();
        Assert.Contains((code, line), mine);

        var dataset = Dataset.Load(DatasetPaths.Default with { Observations = [path] });
        Assert.Equal(goodRows, dataset.Observations.Count);

        // The good rows are still evaluated: the compliance table comes out, whatever the exit code says of the input.
        var (evaluateExit, csv, _) = CliRunner.Run("evaluate", "--data", path, "--format", "csv");
        Assert.True(evaluateExit is 0 or 1, $"evaluate exited {evaluateExit}");
        Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, "no compliance rows");
    }
}

/// <summary>
/// The corpus's argument lists (<c>BadInput/args.tsv</c>; <c>{rules}</c> is <c>BadInput/rules/</c>, <c>{imports}</c> the annex
/// tables and ledgers of <c>BadInput/imports/</c>): each gives its
/// exit code and a plain message on standard error, never a stack trace.
/// </summary>
public sealed class BadArgumentCorpusTests
{
    private static string Folder => Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "BadInput");

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "args.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            data.Add(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadArguments_GiveTheExitCodeAndOnePlainMessage(string args, int exit, string message)
    {
        var argv = args.Replace("{rules}", Path.Combine(Folder, "rules"), StringComparison.Ordinal).Replace("{imports}", Path.Combine(Folder, "imports"), StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (code, _, error) = CliRunner.Run(argv);
        Assert.True(exit == code, $"eco {args}: exit {code}, expected {exit}: {error}");
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
