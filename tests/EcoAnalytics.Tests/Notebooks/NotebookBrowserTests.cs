using EcoAnalytics.Tests.Support;
using Microsoft.Playwright;

namespace EcoAnalytics.Tests.Notebooks;

/// <summary>
/// Executed notebooks' HTML exports (<c>eco notebook run --html</c>) in Debian's chromium, offline: every request that
/// is not <c>file://</c> is aborted, and every chart the outputs hold is drawn by the plotly.js of the first cell.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookBrowserTests(NotebookFixture notebooks)
{
    [BrowserFact]
    public async Task ExecutedNotebooks_Offline_DrawEveryChart()
    {
        Assert.True(notebooks.Run.ExitCode == 0, notebooks.Run.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SystemChromium.Path, Headless = true, Args = ["--no-sandbox"] });
        foreach (var name in NotebookFixture.Names)
        {
            var html = await File.ReadAllTextAsync(notebooks.HtmlPath(name));
            var expected = html.Split("class=\"eco-chart\"").Length - 1;
            Assert.True(expected > 0, $"{name} has no chart");

            var offline = await OfflinePage.OpenAsync(browser, 1300, 900);
            var (page, errors, external) = (offline.Page, offline.Errors, offline.External);

            await page.GotoAsync(new Uri(notebooks.HtmlPath(name)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            await page.WaitForFunctionAsync($"document.querySelectorAll('.eco-chart .plot-container.plotly .main-svg').length > 0 && document.querySelectorAll('.eco-chart .plot-container.plotly').length >= {expected}", null, new() { Timeout = 60_000 });
            var drawn = await page.Locator(".eco-chart .plot-container.plotly").CountAsync();
            await page.CloseAsync();

            Assert.True(expected == drawn, $"{name}: {drawn} of {expected} charts drawn");
            Assert.True(errors.Count == 0, $"{name}: page errors: {string.Join("; ", errors)}");
            Assert.True(external.Count == 0, $"{name}: requests to the network: {string.Join("; ", external)}");
        }
    }
}
