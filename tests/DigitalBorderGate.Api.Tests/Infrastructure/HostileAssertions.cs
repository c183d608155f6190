namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>What every answer to hostile input must be: a 4xx problem (or a success), never a leak of internals.</summary>
public static class HostileAssertions
{
    /// <summary>Text that only an exception, a stack trace, a type name or SQL would put into a response.</summary>
    public static readonly IReadOnlyList<string> LeakMarkers =
        ["Exception", "   at ", "System.", "Microsoft.", "SQLite", "SELECT ", "INSERT ", "DigitalBorderGate."];

    /// <summary>The first leak marker found in the text, or null.</summary>
    public static string? FindLeak(string text) =>
        LeakMarkers.FirstOrDefault(marker => text.Contains(marker, StringComparison.Ordinal));

    public static void ShouldNotLeak(string text) =>
        Assert.True(FindLeak(text) is null, $"The response reveals internals ({FindLeak(text)}): {Shorten(text)}");

    /// <summary>
    /// Checks a problem body without throwing, for property tests that report their own failure: null when it is a
    /// well-formed problem, otherwise what is wrong with it.
    /// </summary>
    public static string? ProblemDefect(int status, string? mediaType, string text)
    {
        if (mediaType != "application/problem+json")
        {
            return $"content type {mediaType ?? "(none)"} instead of application/problem+json";
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            var body = document.RootElement;
            foreach (var name in new[] { "type", "title", "detail", "traceId" })
            {
                if (!body.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
                {
                    return $"no {name}";
                }
            }
            if (!body.TryGetProperty("status", out var statusValue) || statusValue.ValueKind != JsonValueKind.Number || statusValue.GetInt32() != status)
            {
                return "status missing or not the response's status";
            }
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }
        return FindLeak(text) is { } leak ? $"it reveals internals ({leak})" : null;
    }

    /// <summary>Asserts a 4xx problem-details response that reveals nothing, and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeCleanProblemAsync(this HttpResponseMessage response, int? expectedStatus = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"Expected a 4xx, got {status}: {Shorten(text)}");
        if (expectedStatus is { } expected)
        {
            Assert.True(status == expected, $"Expected {expected}, got {status}: {Shorten(text)}");
        }
        var defect = ProblemDefect(status, response.Content.Headers.ContentType?.MediaType, text);
        Assert.True(defect is null, $"{status} is not a clean problem: {defect}: {Shorten(text)}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts any status below 500; a 4xx must be a clean problem, and no body may leak.</summary>
    public static async Task ShouldNotFailOnOurSideAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"Expected no 5xx, got {status}: {Shorten(text)}");
        ShouldNotLeak(text);
        if (status >= 400 && text.Length > 0)
        {
            var defect = ProblemDefect(status, response.Content.Headers.ContentType?.MediaType, text);
            Assert.True(defect is null, $"{status} is not a clean problem: {defect}: {Shorten(text)}");
        }
    }

    /// <summary>Every declaration stored, counted through the API with the branch-wide officer key, page by page.</summary>
    public static Task<int> CountDeclarationsAsync(this BorderGateApp app) => CountVisibleAsync(app.As(DemoKey.BranchOfficer));

    /// <summary>The declarations the client's key may see, counted page by page.</summary>
    public static async Task<int> CountVisibleAsync(HttpClient client)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var url = "/api/v1/declarations?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"Counting declarations failed with {(int)response.StatusCode}: {Shorten(text)}");
            var page = JsonDocument.Parse(text).RootElement;
            count += page.GetProperty("items").GetArrayLength();
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        }
        while (cursor is not null);
        return count;
    }

    public static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + $"… ({text.Length} chars)";
}
