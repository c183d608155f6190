using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DigitalBorderGate.Api.Tests.Features.Console;

/// <summary>The gate officer's console in a real browser, against the API on a real port.</summary>
public sealed class ConsoleTests : IClassFixture<ConsoleBrowser>
{
    private readonly ConsoleBrowser browser;
    private readonly ITestOutputHelper output;

    public ConsoleTests(ConsoleBrowser browser, ITestOutputHelper output)
    {
        this.browser = browser;
        this.output = output;
    }

    private HttpClient As(DemoKey key) => browser.App.As(key);

    private static ILocator Row(IPage page, string id) => page.Locator($"#queue tbody tr[data-id='{id}']");

    private static async Task ActAsync(IPage page, string action, string expectedStatus)
    {
        await page.Locator($"#action-buttons button[data-action='{action}']").ClickAsync();
        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", expectedStatus);
        await Expect(page.Locator("#action-result .done")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_sees_a_new_truck_arrive_live_and_takes_it_from_arrival_to_exit()
    {
        var (page, weight) = await browser.OpenConsoleMeasuredAsync();
        output.WriteLine($"Console page weight: {weight} bytes transferred (HTML, CSS and modules, headers included)");
        await Expect(page.Locator("#sign-in h2")).ToHaveTextAsync("Đăng nhập");
        await ConsoleBrowser.ScreenshotAsync(page, "1-sign-in");
        await browser.SignInAsync(page, DemoKey.HuuNghiOfficer);

        var clock = Stopwatch.StartNew();
        // Every goods group carries its customs declaration number, so the truck can be cleared from the page.
        var submitted = await As(DemoKey.DeclarantA).SubmitAsync(Bodies.DeclaredSubmission());
        var id = submitted.Id();
        clock.Restart();
        await Expect(Row(page, id)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        output.WriteLine($"Submission to its row in the console: {clock.ElapsedMilliseconds} ms");
        await Expect(Row(page, id)).ToContainTextAsync(submitted.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString()!);
        await Expect(page.Locator("#tabs button[data-status='submitted'] .count")).Not.ToHaveTextAsync("0");
        await ConsoleBrowser.ScreenshotAsync(page, "2-queue");

        await Row(page, id).ClickAsync();
        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-id", id);
        await Expect(page.Locator("#detail-routing")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#action-buttons button")).ToHaveCountAsync(3);
        await ActAsync(page, "confirmArrival", "atGate");
        await ActAsync(page, "confirmYardEntry", "inYard");
        await page.Locator("#action-form select[name=channel]").SelectOptionAsync("green");
        await ActAsync(page, "startInspection", "underInspection");
        await page.Locator("#action-form select[name=quarantine]").SelectOptionAsync("notRequired");
        await page.Locator("#action-form input[name=feePaid]").CheckAsync();
        await ActAsync(page, "clear", "cleared");
        await ConsoleBrowser.ScreenshotAsync(page, "3-declaration");
        await ActAsync(page, "confirmExit", "exited");
        await Expect(page.Locator("#no-actions")).ToBeVisibleAsync();
        await Expect(page.Locator("#detail-history li")).ToHaveCountAsync(6);

        var history = await (await As(DemoKey.HuuNghiOfficer).GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync();
        Assert.Equal("exited", history.Status());
    }

    [Fact]
    public async Task A_refusal_is_explained_in_the_officers_language_and_the_language_switches()
    {
        var officer = As(DemoKey.HuuNghiOfficer);
        var id = (await As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-777.02"))).Id();
        await officer.ActAsync(id, new { action = "confirmArrival" });
        await officer.ActAsync(id, new { action = "confirmYardEntry" });
        await officer.ActAsync(id, new { action = "startInspection", channel = "yellow" });
        var page = await browser.OpenConsoleAsync(tablet: true);
        await browser.SignInAsync(page, DemoKey.HuuNghiOfficer);
        await page.Locator("#tabs button[data-status='underInspection']").ClickAsync();
        await Row(page, id).ClickAsync();

        await page.Locator("#action-buttons button[data-action='clear']").ClickAsync();
        var problem = page.Locator("#action-result .problem[data-status='422']");
        await Expect(problem).ToContainTextAsync("Chưa thể thực hiện «Thông quan»");
        await Expect(problem.Locator("li").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "4-refusal-tablet");

        await page.Locator("#language").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#tabs button[data-status='']")).ToContainTextAsync("Open work");
        await page.Locator("#action-buttons button[data-action='clear']").ClickAsync();
        await Expect(page.Locator("#action-result .problem[data-status='422']")).ToContainTextAsync("“Clear” cannot be done yet");

        // Acting on a version another officer has replaced is refused (412) and explained; the page shows the new state.
        await page.RouteAsync("**/transitions", route => route.ContinueAsync(new RouteContinueOptions
        {
            Headers = new Dictionary<string, string>(route.Request.Headers) { ["if-match"] = "\"1\"" },
        }));
        await page.Locator("#action-buttons button[data-action='hold']").ClickAsync();
        await Expect(page.Locator("#action-result .problem[data-status='412']")).ToContainTextAsync("Another officer has just changed this declaration");
    }

    [Fact]
    public async Task Scanning_a_pass_opens_its_declaration_and_a_tampered_pass_is_refused()
    {
        var owner = As(DemoKey.DeclarantA);
        var id = (await owner.SubmitAsync(Bodies.ValidSubmission(plate: "12C-777.03"))).Id();
        var code = PassCodes.Decode(await owner.GetByteArrayAsync($"/api/v1/declarations/{id}/pass"));
        var page = await browser.OpenConsoleAsync();
        await browser.SignInAsync(page, DemoKey.HuuNghiOfficer);

        var parts = code.Split('.');
        await page.Locator("#scan").FillAsync($"{parts[0]}.{parts[1][..^1]}{(parts[1][^1] == '9' ? '8' : '9')}.{parts[2]}");
        await page.Locator("#scan").PressAsync("Enter");
        await Expect(page.Locator("#scan-error")).ToContainTextAsync("không hợp lệ");
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();

        await page.Locator("#scan").FillAsync(code);
        await page.Locator("#scan").PressAsync("Enter");
        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-id", id);
        await Expect(page.Locator("#scan-error")).ToBeEmptyAsync();

        await page.Locator("#print-pass").ClickAsync();
        await Expect(page.Locator("#pass-page")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('pass-image').naturalWidth > 0");
        await ConsoleBrowser.ScreenshotAsync(page, "5-pass");
    }
}
