namespace EcoAnalytics.Io;

/// <summary>
/// Full-width forms (U+FF01–U+FF5E, and the ideographic space U+3000) as their ASCII counterparts: ２０２１ → 2021,
/// ７０．５ → 70.5, －３ → -3, ％ → %. Applied to numeric fields only, never to text, whose full-width commas are prose.
/// </summary>
internal static class FullWidth
{
    /// <summary>Whether the text holds any full-width form.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\uFF01', '\uFF5E') >= 0 || text.Contains('\u3000');

    /// <summary>The text with every full-width form replaced, trimmed.</summary>
    public static string ToAscii(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
        }

        return buffer.Trim().ToString();
    }
}
