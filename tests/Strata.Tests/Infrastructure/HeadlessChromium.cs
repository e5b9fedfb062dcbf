using Microsoft.Playwright;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/setup.sh), headless, driven by Playwright for .NET: the
/// browser a person would use, with no browser of Playwright's own downloaded. Each page it opens records what the
/// console and the page report as errors.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A page in a context of its own (offline when asked), and the list its console and script errors go to.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(bool offline = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Offline = offline, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
