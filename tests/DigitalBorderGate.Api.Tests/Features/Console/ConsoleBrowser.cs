using DigitalBorderGate.Api.Tests.Contract;
using Microsoft.Playwright;

namespace DigitalBorderGate.Api.Tests.Features.Console;

/// <summary>
/// The API on a real Kestrel port and Debian's chromium, headless, driven by Playwright. Playwright's own browser
/// download is not reachable from here, so it starts the system's chromium; when that is missing the tests fail
/// (CI installs it), they are never skipped.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public KestrelBorderGateApp App { get; } = new();

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the screens are saved for people to look at (git ignores them; CI keeps them as output).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(ContractFiles.Root, "tests", "DigitalBorderGate.Api.Tests", "Features", "Console", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser session (its own sessionStorage) at the console, on a desktop or a gate-side tablet.</summary>
    public async Task<IPage> OpenConsoleAsync(bool tablet = false)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = tablet ? new ViewportSize { Width = 820, Height = 1180 } : new ViewportSize { Width = 1400, Height = 900 },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(App.Address, "/console").ToString());
        return page;
    }

    /// <summary>The console opened in a fresh session, with the bytes its own files took on the wire.</summary>
    public async Task<(IPage Page, long Bytes)> OpenConsoleMeasuredAsync()
    {
        var responses = new System.Collections.Concurrent.ConcurrentBag<IResponse>();
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(new Uri(App.Address, "/console").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var bytes = 0L;
        foreach (var response in responses.Where(response => new Uri(response.Url).AbsolutePath.StartsWith("/console", StringComparison.Ordinal)))
        {
            var sizes = await response.Request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        return (page, bytes);
    }

    public async Task SignInAsync(IPage page, DemoKey key)
    {
        await page.Locator("#key").FillAsync(key.Secret);
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#workspace")).ToBeVisibleAsync();
        // The live stream is open before anything the test does next.
        await Assertions.Expect(page.Locator("#live")).ToBeVisibleAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        App.Dispose();
    }
}
