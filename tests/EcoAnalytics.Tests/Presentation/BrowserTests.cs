using System.Globalization;
using System.Text.RegularExpressions;
using EcoAnalytics.Tests.Support;
using Microsoft.Playwright;

namespace EcoAnalytics.Tests.Presentation;

/// <summary>
/// The bundled report in a real browser (Debian's chromium through Playwright; no browser is downloaded): every
/// request that is not <c>file://</c> is aborted and counted, and every chart the report says it contains is drawn.
/// </summary>
public sealed class BrowserTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    [BrowserFact]
    public async Task Report_Offline_DrawsEveryChart_WithoutPageErrors()
    {
        Assert.True(report.Exit == 0, report.Error);
        var expected = int.Parse(Regex.Match(report.Html, "data-chart-count=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SystemChromium.Path, Headless = true, Args = ["--no-sandbox"] });
        var offline = await OfflinePage.OpenAsync(browser, 1400, 1000);
        var (page, errors, external) = (offline.Page, offline.Errors, offline.External);

        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            $"document.querySelectorAll('.plot-container.plotly .main-svg').length > 0 && document.querySelectorAll('.plot-container.plotly').length >= {expected}",
            null, new() { Timeout = 60_000 });
        var drawn = await page.Locator(".plot-container.plotly").CountAsync();
        var declared = await page.GetAttributeAsync("body", "data-chart-count");

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "report.png"), FullPage = false });

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), declared);
        Assert.Equal(expected, drawn);
        Assert.Empty(errors);
        Assert.Empty(external);
    }
}
