using System.Text;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Data;

/// <summary>Bugs found in review, pinned.</summary>
public sealed class LoaderRegressionTests
{
    [Fact]
    public void Decode_Utf8BomWithGb18030Selected_StillDecodesAsUtf8()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("县,卢氏\n")).ToArray();
        var diagnostics = new List<Diagnostic>();
        var text = TextDecoder.Decode(bytes, InputEncoding.Gb18030, "bom.csv", diagnostics);
        Assert.Equal("县,卢氏\n", text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Read_RowWithAnExtraField_IsAnErrorNamingTheLine()
    {
        var result = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,29,67,seed:a#L1,"), "decimal-comma.csv");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.MalformedRow, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("decimal comma", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_TrailingEmptyFieldsBeyondTheHeader_AreAnErrorToo()
    {
        // Even empty extra fields mean the columns are not where the header says (here: nothing shifted, but a
        // spreadsheet that adds columns silently is exactly how a decimal comma goes unnoticed).
        var result = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,29.67,seed:a#L1,,,", "lushi,pm25,2022,28,seed:a#L1,"), "trailing.csv");
        Assert.Equal(DiagnosticCodes.MalformedRow, Assert.Single(result.Diagnostics).Code);
        Assert.Single(result.Value);
    }

    [Fact]
    public void Read_UnknownColumn_IsAWarningAndIgnored()
    {
        var text = "county,indicator,year,value,source,note,unit\nlushi,pm25,2021,29.67,seed:a#L1,,μg/m³\n";
        var result = Some.Reader().ReadText(text, "extra-column.csv");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownColumn, 1, 7), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.Single(result.Value);
    }
}
