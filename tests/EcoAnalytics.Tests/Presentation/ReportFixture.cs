using EcoAnalytics.Tests.Cli;

namespace EcoAnalytics.Tests.Presentation;

/// <summary>The bundled report and workbook, written once by <c>eco report</c> into a temporary folder.</summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "eco-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        HtmlPath = Path.Combine(Folder, "report.html");
        WorkbookPath = Path.Combine(Folder, "report.xlsx");
        (Exit, Output, Error) = CliRunner.Run("report", "--out", HtmlPath, "--xlsx", WorkbookPath);
        Html = File.Exists(HtmlPath) ? File.ReadAllText(HtmlPath) : string.Empty;
    }

    public string Folder { get; }

    public string HtmlPath { get; }

    public string WorkbookPath { get; }

    public int Exit { get; }

    public string Output { get; }

    public string Error { get; }

    public string Html { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
