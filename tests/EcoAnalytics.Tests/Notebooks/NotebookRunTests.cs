using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Notebooks;

/// <summary>The notebooks through <c>eco notebook run</c>: every cell runs, outputs hold HTML tables and charts that need no CDN.</summary>
[Collection(NotebookCollection.Name)]
public sealed partial class NotebookRunTests(NotebookFixture notebooks)
{
    [Fact]
    public void EveryNotebook_Runs()
    {
        Assert.True(notebooks.Run.ExitCode == 0, notebooks.Run.Output);
        foreach (var name in NotebookFixture.Names)
        {
            Assert.Contains($"{name}.ipynb: ", notebooks.Run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExecutedNotebook_HoldsTablesAndChartsAndNoCdn(string name)
    {
        Assert.True(notebooks.Run.ExitCode == 0, notebooks.Run.Output);
        var executed = notebooks.Executed(name);
        var code = executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        Assert.All(code, c => Assert.NotNull(c!["execution_count"]));
        var outputs = code.SelectMany(c => c!["outputs"]!.AsArray()).ToList();
        Assert.DoesNotContain(outputs, o => o!["output_type"]!.GetValue<string>() == "error");

        var html = outputs.Select(o => o!["data"]?["text/html"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Contains(html, h => h.Contains("<table class=\"eco-data\"", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("class=\"eco-chart\"", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("合成数据", StringComparison.Ordinal));

        // plotly.js once per notebook, inline; no script or stylesheet from the network, no require.js.
        Assert.Single(html, h => h.Contains("plotly.js v2.28.0", StringComparison.Ordinal));
        Assert.All(html, h => Assert.False(ExternalResource().IsMatch(h), $"an output loads from the network: {ExternalResource().Match(h).Value}"));
        Assert.All(html, h => Assert.DoesNotContain("require.config", h, StringComparison.Ordinal));

        // The notebook says its values are mostly synthetic.
        var markdown = string.Concat(executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "markdown").Select(c => c!["source"]!.ToJsonString()));
        Assert.Contains("**synthetic**", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void NotebookInTheRepository_HasNoOutputsAndTheCSharpKernel(string name)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedTableFiles.RepoRoot, "notebooks", name + ".ipynb")))!;
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.Equal(".net-csharp", notebook["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var cells = notebook["cells"]!.AsArray();
        Assert.Equal("markdown", cells[0]!["cell_type"]!.GetValue<string>());
        Assert.All(cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code"), c => Assert.Empty(c!["outputs"]!.AsArray()));
        var second = string.Concat(cells[2]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("#r \"nuget: EcoAnalytics, 0.1.0\"", second);
    }

    [Fact]
    public void FailingCell_StopsTheRun_AndIsNamed()
    {
        var notebook = Path.Combine(AppContext.BaseDirectory, "Notebooks", "fails-in-cell-3.ipynb");
        var outDir = Path.Combine(notebooks.Output, "failing");
        var run = notebooks.Eco(["notebook", "run", notebook, "--out", outDir]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fails-in-cell-3.ipynb: cell 3 failed: InvalidOperationException: the third cell throws on purpose", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "fails-in-cell-3.ipynb")))!["cells"]!.AsArray();
        Assert.Contains("42", executed[0]!["outputs"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("cell 2 prints 42", executed[1]!["outputs"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("error", executed[2]!["outputs"]![0]!["output_type"]!.GetValue<string>());
        Assert.Empty(executed[3]!["outputs"]!.AsArray());
    }

    [Fact]
    public void CompileError_IsNamedWithItsCell()
    {
        var folder = Path.Combine(notebooks.Output, "compile");
        Directory.CreateDirectory(folder);
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notebooks", "fails-in-cell-3.ipynb"))
            .Replace("Console.WriteLine($\\\"cell 2 prints {answer}\\\");", "answer.NoSuchMember();", StringComparison.Ordinal);
        var file = Path.Combine(folder, "compile-error.ipynb");
        File.WriteAllText(file, source);

        var run = notebooks.Eco(["notebook", "run", file, "--out", Path.Combine(folder, "out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("compile-error.ipynb: cell 2 failed: \\(1,8\\): error CS1061", run.Output);
    }

    [Fact]
    public void MissingNotebook_IsAUsageError()
    {
        var run = notebooks.Eco(["notebook", "run", "no-such-notebook.ipynb"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no notebook no-such-notebook.ipynb", run.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string> Names() => new(NotebookFixture.Names);

    [GeneratedRegex("<(?:script|link|img|iframe)[^>]+(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
