using Microsoft.Playwright;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard in a real browser: Playwright for .NET driving the machine's Chromium (Debian's package,
/// <c>/usr/bin/chromium</c>; <c>.ci/run</c> installs it). The screenshot goes to a temporary folder, or over
/// <c>docs/images/dashboard.png</c> when <c>TWISTER_UPDATE_SCREENSHOT=1</c>.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_browser_sees_items_notes_and_tasks_and_retries_a_failed_task()
    {
        Assert.True(File.Exists(Chromium), $"The browser test needs Debian's Chromium at {Chromium}: apt-get install -y chromium (.ci/run does).");
        await using var desk = await DeskHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // No sandbox as root; no background calls to Google's services, which this machine's network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message); // an alert() from a note would land here

        await page.GotoAsync(desk.Address.AbsoluteUri);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Printer on fire" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Order toner" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Printer on fire" }).ClickAsync();
        await Assertions.Expect(page.Locator("article.note strong")).ToHaveTextAsync("Smoke");
        await Assertions.Expect(page.Locator("article.note")).ToContainTextAsync("<script>alert('xss')</script>"); // shown as text
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the log" }).ClickAsync(); // a javascript: link, neutralised to '#'

        await page.GetByRole(AriaRole.Link, new() { Name = "Tasks", Exact = true }).ClickAsync();
        var failed = await desk.TaskAsync("Escalate");
        var row = page.Locator($"tr[data-task='{failed.Id}']");
        await Assertions.Expect(row).ToContainTextAsync("The pager API answered 500");
        await Assertions.Expect(page.Locator($"tr[data-task='{(await desk.TaskAsync("Remind")).Id}']")).ToContainTextAsync("Remind");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(), FullPage = true });

        await row.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Task {failed.Id} is queued again.");
        await Assertions.Expect(page.Locator("h2", new() { HasText = "Failed" })).ToHaveTextAsync("Failed (0)");
        Assert.Equal(QueuedTaskStatus.Pending, (await desk.TaskAsync("Escalate")).Status);
        Assert.Empty(dialogs);
    }

    /// <summary>docs/images/dashboard.png when asked for, else a temporary file.</summary>
    private static string ScreenshotPath()
    {
        if (Environment.GetEnvironmentVariable("TWISTER_UPDATE_SCREENSHOT") != "1") return Path.Combine(Path.GetTempPath(), $"twister-dashboard-{Guid.NewGuid():N}.png");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Twister.Generators.sln"))) root = root.Parent;
        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("The repository root (Twister.Generators.sln) was not found."), "docs", "images", "dashboard.png");
    }
}
