using Microsoft.Playwright;

namespace EcoAnalytics.Tests.Support;

/// <summary>A browser page that may load only <c>file://</c> URLs: every other request is aborted and recorded, as are page errors.</summary>
internal sealed class OfflinePage
{
    private OfflinePage(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>JavaScript errors the page raised.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Non-file requests the page tried (and was refused).</summary>
    public List<string> External { get; } = [];

    public static async Task<OfflinePage> OpenAsync(IBrowser browser, int width, int height)
    {
        var page = new OfflinePage(await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } }));
        page.Page.PageError += (_, error) => page.Errors.Add(error);
        await page.Page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                page.External.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return page;
    }
}
