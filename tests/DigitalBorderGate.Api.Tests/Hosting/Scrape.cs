using System.Globalization;
using System.Net.Http.Headers;

namespace DigitalBorderGate.Api.Tests.Hosting;

/// <summary>An API with metrics on and a scrape token, and a reader of the Prometheus text it serves.</summary>
internal static class Scrape
{
    public const string Token = "test-scrape-token";

    public static BorderGateApp App() => BorderGateApp.With(new Dictionary<string, string?>
    {
        ["BorderGate:Metrics:Enabled"] = "true",
        ["BorderGate:Metrics:ScrapeToken"] = Token,
    });

    public static async Task<string> ReadAsync(BorderGateApp app)
    {
        using var client = app.ClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include every one of <paramref name="labels"/>; 0 without any.</summary>
    public static double Value(string text, string name, params string[] labels) =>
        Samples(text, name).Where(sample => labels.All(label => sample.Labels.Contains(label, StringComparison.Ordinal))).Sum(sample => sample.Value);

    public static IEnumerable<(string Labels, double Value)> Samples(string text, string name)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            {
                var close = line.LastIndexOf('}');
                var labels = close < 0 ? "" : line[(line.IndexOf('{') + 1)..close];
                // The value, then perhaps a time stamp.
                var number = line[(close < 0 ? name.Length : close + 1)..].Trim().Split(' ')[0];
                yield return (labels, double.Parse(number, CultureInfo.InvariantCulture));
            }
        }
    }
}
