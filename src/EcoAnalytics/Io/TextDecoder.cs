using System.Text;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Io;

/// <summary>Decodes file bytes to text, detecting UTF-8 (with or without BOM), UTF-16 and GB18030.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
    });

    /// <summary>Decodes <paramref name="bytes"/>; problems are added to <paramref name="diagnostics"/>.</summary>
    /// <returns>The text without any byte-order mark, or <c>null</c> when it cannot be decoded at all.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, InputEncoding encoding, string file, ICollection<Diagnostic> diagnostics)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return DecodeUtf8(bytes[3..], file, diagnostics);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Info,
                DiagnosticCodes.Utf16WithoutBom,
                $"the file is UTF-16 {(utf16.CodePage == Encoding.BigEndianUnicode.CodePage ? "BE" : "LE")} without a byte-order mark (Excel's \"Unicode text\"); decoded as such",
                file));
            return utf16.GetString(bytes[..(bytes.Length & ~1)]);
        }

        switch (encoding)
        {
            case InputEncoding.Utf8:
                return DecodeUtf8(bytes, file, diagnostics);
            case InputEncoding.Gb18030:
                return DecodeGb18030(bytes, file, diagnostics);
            default:
                if (IsValidUtf8(bytes))
                {
                    return StrictUtf8.GetString(bytes);
                }

                diagnostics.Add(new Diagnostic(
                    Severity.Info,
                    DiagnosticCodes.LegacyEncoding,
                    "the file is not valid UTF-8; decoded as GB18030 (GBK), as exported by Chinese Excel. Use --encoding to choose another.",
                    file));
                return DecodeGb18030(bytes, file, diagnostics);
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>
    /// UTF-16 without a byte-order mark: text in UTF-8 or GB18030 has no NUL bytes, while ASCII-heavy UTF-16 (a CSV
    /// header, digits, ids) has one in every other byte. Judged on the first 4 KiB: NULs at one parity in at least 30 %
    /// of its positions and in under 5 % of the other.
    /// </summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            even += sample[i] == 0 ? 1 : 0;
            odd += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return odd >= 0.3 * pairs && even < 0.05 * pairs ? Encoding.Unicode
            : even >= 0.3 * pairs && odd < 0.05 * pairs ? Encoding.BigEndianUnicode
            : null;
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        if (IsValidUtf8(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var offset = FirstInvalidUtf8Offset(bytes);
        diagnostics.Add(new Diagnostic(
            Severity.Error,
            DiagnosticCodes.WrongEncoding,
            $"byte 0x{bytes[offset]:X2} at offset {offset} is not valid UTF-8; the file looks like GB18030/GBK. Re-run with --encoding gb18030 (or auto).",
            file,
            LineOf(bytes, offset)));
        return null;
    }

    private static string DecodeGb18030(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        var text = Gb18030.Value.GetString(bytes);
        var bad = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (bad >= 0)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Error,
                DiagnosticCodes.WrongEncoding,
                "bytes that are not valid GB18030 were replaced by U+FFFD; check the file's encoding",
                file,
                LineOf(text.AsSpan(0, bad))));
        }
        else if (IsValidUtf8(bytes) && HasNonAscii(bytes))
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning,
                DiagnosticCodes.WrongEncoding,
                "the file is valid UTF-8 but was decoded as GB18030 as requested; Chinese text may be garbled. Try --encoding utf-8.",
                file));
        }

        return text;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static int LineOf(ReadOnlySpan<char> before) => before.Count('\n') + 1;
}
