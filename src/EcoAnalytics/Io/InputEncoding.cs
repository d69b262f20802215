namespace EcoAnalytics.Io;

/// <summary>How to decode a CSV file's bytes.</summary>
public enum InputEncoding
{
    /// <summary>
    /// Detect: a UTF-8 or UTF-16 byte-order mark wins; otherwise strict UTF-8 if the bytes are valid UTF-8;
    /// otherwise GB18030 (a superset of GBK and GB2312, what Chinese Excel writes as "ANSI").
    /// </summary>
    Auto,

    /// <summary>UTF-8, with or without a byte-order mark. Invalid bytes are an error.</summary>
    Utf8,

    /// <summary>GB18030 (also reads GBK and GB2312).</summary>
    Gb18030,
}
