using System.Text;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Diagnostics;

public sealed class DiagnosticCapTests
{
    private static Diagnostic Finding(string code, Severity severity, int line, string file = "a.csv") => new(severity, code, $"finding {line}", file, line);

    [Fact]
    public void Apply_FewFindings_ReturnsThemAsTheyAre()
    {
        var all = Enumerable.Range(1, 20).Select(i => Finding("ECO104", Severity.Error, i)).ToList();
        Assert.Same(all, DiagnosticCap.Apply(all));
    }

    [Fact]
    public void Apply_ManyFindings_KeepsTheFirstPerCodeFileAndSeverityAndCountsTheRest()
    {
        var all = new List<Diagnostic>();
        for (var line = 2; line < 1002; line++)
        {
            all.Add(Finding("ECO106", line % 2 == 0 ? Severity.Error : Severity.Warning, line));
            all.Add(Finding("ECO104", Severity.Error, line, "b.csv"));
        }

        var capped = DiagnosticCap.Apply(all, examples: 5);

        Assert.Equal(3 * 6, capped.Count);
        foreach (var group in capped.GroupBy(d => (d.Code, d.File, d.Severity)))
        {
            Assert.Equal(all.Count(d => (d.Code, d.File, d.Severity) == group.Key), group.Sum(d => d.Count));
            var summary = Assert.Single(group, d => d.Count > 1);
            Assert.Equal(group.Key.Severity, summary.Severity);
            Assert.Contains("more", summary.Message, StringComparison.Ordinal);
        }

        Assert.Equal(all.Where(d => d.IsError).Sum(d => d.Count), capped.Where(d => d.IsError).Sum(d => d.Count));
        Assert.Equal("finding 2", capped[0].Message);
    }

    [Fact]
    public void ObservationReader_PathologicalDuplicates_GivesABoundedReportWithExactCounts()
    {
        var text = new StringBuilder(Some.ObservationHeader + "\n");
        for (var row = 0; row < 20_000; row++)
        {
            text.Append("lushi,pm25,").Append(2015 + (row % 10)).Append(",30,survey ").Append(row % 3).Append(",\n");
        }

        var result = Some.Reader().ReadText(text.ToString(), "dup.csv");

        Assert.True(result.Diagnostics.Count <= 2 * (DiagnosticCap.DefaultExamples + 1));
        Assert.Equal(20_000 - 10, result.Diagnostics.Where(d => d.Code == DiagnosticCodes.Duplicate).Sum(d => d.Count));
        Assert.Equal(20_000, result.Value.Count);
    }
}
