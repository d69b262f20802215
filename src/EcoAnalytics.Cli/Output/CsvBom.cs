using System.CommandLine;

namespace EcoAnalytics.Cli.Output;

/// <summary>The <c>--bom</c> option of CSV output: a UTF-8 byte order mark first, so that Excel in a Chinese locale reads the file as UTF-8.</summary>
internal static class CsvBom
{
    public static Option<bool> Create() => new("--bom") { Description = "With --format csv: start with a UTF-8 byte order mark (for Excel in a Chinese locale)." };

    public static void WriteIf(bool bom, TextWriter writer)
    {
        if (bom)
        {
            writer.Write('\uFEFF');
        }
    }
}
