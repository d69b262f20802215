using System.Text;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;

namespace EcoAnalytics.Tests.Io;

public class TextDecoderTests
{
    private const string Chinese = "county,note\n卢氏县,森林覆盖率\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Gb18030(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    private static (string? Text, List<Diagnostic> Diagnostics) Decode(byte[] bytes, InputEncoding encoding = InputEncoding.Auto)
    {
        var diagnostics = new List<Diagnostic>();
        return (TextDecoder.Decode(bytes, encoding, "f.csv", diagnostics), diagnostics);
    }

    [Fact]
    public void Decode_Utf8_TextWithoutDiagnostics()
    {
        var (text, diagnostics) = Decode(Encoding.UTF8.GetBytes(Chinese));
        Assert.Equal(Chinese, text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Decode_Utf8WithBomAuto_DecodedAsUtf8()
    {
        var (text, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)]);
        Assert.Equal(Chinese, text?.TrimStart('\uFEFF'));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Decode_Utf16LittleEndianBom_Decoded()
    {
        var (text, _) = Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Chinese)]);
        Assert.Equal(Chinese, text);
    }

    [Fact]
    public void Decode_Gb18030BytesAuto_DetectedWithEco004Note()
    {
        var (text, diagnostics) = Decode(Gb18030(Chinese));
        Assert.Equal(Chinese, text);
        var note = Assert.Single(diagnostics);
        Assert.Equal((Severity.Info, DiagnosticCodes.LegacyEncoding, "f.csv"), (note.Severity, note.Code, note.File));
    }

    [Fact]
    public void Decode_Gb18030BytesAsUtf8_Eco003ErrorWithLineAndOffset()
    {
        var bytes = Gb18030("county,note\nlushi,ok\nlushi,森林\n");
        var (text, diagnostics) = Decode(bytes, InputEncoding.Utf8);
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.WrongEncoding, 3), (error.Severity, error.Code, error.Line));
        // 森 is C9 AD in GB18030, which happens to be a valid two-byte UTF-8 sequence; 林 (C1 D6) is not.
        Assert.Contains("byte 0xC1 at offset 29 is not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("f.csv:3: error ECO003:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Gb18030Explicit_DecodedWithoutNote()
    {
        var (text, diagnostics) = Decode(Gb18030(Chinese), InputEncoding.Gb18030);
        Assert.Equal(Chinese, text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Decode_Utf8BytesAsGb18030_Eco003Warning()
    {
        // "café" in UTF-8 (C3 A9) is also a valid GB18030 pair, so nothing is replaced: only the warning.
        var (_, diagnostics) = Decode(Encoding.UTF8.GetBytes("name\ncafé\n"), InputEncoding.Gb18030);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.WrongEncoding), (warning.Severity, warning.Code));
    }

    [Fact]
    public void Decode_Utf8ChineseAsGb18030_Eco003Error()
    {
        var (text, diagnostics) = Decode(Encoding.UTF8.GetBytes(Chinese), InputEncoding.Gb18030);
        Assert.NotNull(text);
        Assert.Contains(diagnostics, d => d is { Code: DiagnosticCodes.WrongEncoding, Severity: Severity.Error });
    }

    [Fact]
    public void Decode_BytesInvalidEvenInGb18030_Eco003ErrorWithLine()
    {
        var (text, diagnostics) = Decode([.. "a\nb\n"u8, 0xFF, 0x0A]);
        Assert.NotNull(text);
        Assert.Contains(diagnostics, d => d is { Code: DiagnosticCodes.WrongEncoding, Severity: Severity.Error, Line: 3 });
    }
}
