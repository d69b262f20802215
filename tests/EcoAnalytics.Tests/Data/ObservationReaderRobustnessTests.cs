using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Data;

/// <summary>Files as analysts' tools write them: other separators, UTF-16, stray quotes, full-width digits.</summary>
public sealed class ObservationReaderRobustnessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eco-robust").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LoadResult<ObservationTable> ReadBytes(byte[] bytes)
    {
        var path = Path.Combine(_folder, "obs.csv");
        File.WriteAllBytes(path, bytes);
        return new ObservationReader(Some.Catalog(), Some.Counties(), new FixedClock(2026)).Read([path]);
    }

    private static string Lines(char separator, params string[] rows) =>
        string.Join("\r\n", new[] { Some.ObservationHeader }.Concat(rows).Select(r => r.Replace(',', separator))) + "\r\n";

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Read_SemicolonOrTabSeparated_LoadsEveryRowAndSaysSo(char separator)
    {
        var result = ReadBytes(Encoding.UTF8.GetBytes(Lines(separator, "lushi,pm25,2021,30,survey,", "lushi,pm25,2022,28,survey,")));
        Assert.Equal(2, result.Value.Count);
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.Delimiter, Severity: Severity.Info });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-16le", true)]
    public void Read_Utf16_WithOrWithoutByteOrderMark_LoadsEveryRow(string encoding, bool bom)
    {
        var e = encoding == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var text = Lines('\t', "lushi,pm25,2021,30,survey,卢氏县环境监测站", "lushi,pm25,2022,28,survey,");
        var bytes = (bom ? e.GetPreamble() : []).Concat(e.GetBytes(text)).ToArray();
        var result = ReadBytes(bytes);
        Assert.Equal(2, result.Value.Count);
        Assert.Equal("卢氏县环境监测站", result.Value[0].Note);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(!bom, result.Diagnostics.Any(d => d.Code == DiagnosticCodes.Utf16WithoutBom));
    }

    [Fact]
    public void Read_UnterminatedQuote_CostsOnlyItsRowAndSaysHowManyRows()
    {
        var result = ReadBytes(Encoding.UTF8.GetBytes(Lines(',', "lushi,pm25,2021,30,survey,", "lushi,pm25,2022,\"29,survey,", "lushi,pm25,2023,28,survey,", "lushi,good_air_ratio,2023,80,survey,")));
        Assert.Equal([2021, 2023, 2023], result.Value.Select(o => o.Year));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.MalformedRow, 3), (error.Code, error.Line));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.StartsWith("1 row(s) had a quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FullWidthDigits_AreReadWithOneNote()
    {
        var result = ReadBytes(Encoding.UTF8.GetBytes(Lines(',', "lushi,forest_coverage,２０２１,７０．５,survey,", "lushi,forest_coverage,2022,７１.２％,survey,", "lushi,pm25,2022,29,survey,")));
        Assert.Equal([(2021, 70.5), (2022, 71.2), (2022, 29.0)], result.Value.Select(o => (o.Year, o.Value)));
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FullWidthNormalised, Severity.Info, 2), (note.Code, note.Severity, note.Line));
        Assert.StartsWith("2 row(s)", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTargets_FutureYearsAndFractionalDays_AreExpected()
    {
        var path = Path.Combine(_folder, "targets.csv");
        File.WriteAllText(path, Lines(',', "lushi,good_air_days,2030,242.4,derived:x,", "lushi,forest_coverage,2025,150,seed:y,"));
        var result = new ObservationReader(Some.Catalog(), Some.Counties(), new FixedClock(2026)) { ReadsTargets = true }.Read([path]);
        Assert.Single(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OutOfBounds, 3), (error.Code, error.Line));
    }

    [Fact]
    public void Read_FutureYearAndFractionalDays_AreFlaggedAndKept()
    {
        var result = ReadBytes(Encoding.UTF8.GetBytes(Lines(',', "lushi,pm25,2031,30,survey,", "lushi,good_air_days,2021,300.5,survey,", "lushi,good_air_days,2022,301,survey,")));
        Assert.Equal(3, result.Value.Count);
        var future = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FutureYear);
        Assert.Equal((Severity.Warning, 2, 2031), (future.Severity, future.Line, future.Year));
        var fraction = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NotWholeCount);
        Assert.Equal((Severity.Warning, 3, "good_air_days"), (fraction.Severity, fraction.Line, fraction.Indicator));
    }
}
