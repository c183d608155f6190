namespace DigitalBorderGate.Api.Tests.Resilience;

/// <summary>The API started from a folder that is not its own still runs with its settings and seeds.</summary>
public sealed class ContentRootTests
{
    [Fact]
    public async Task Started_from_another_working_directory_the_api_loads_its_environments_settings()
    {
        var elsewhere = BorderGateApp.NewFolder();
        Directory.CreateDirectory(elsewhere);
        try
        {
            using (var api = await ApiProcess.StartAsync(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__BorderGate"] = $"Data Source={Path.Combine(elsewhere, "bordergate.db")}",
            }, workingDirectory: elsewhere))
            {
                using var client = api.ClientWithKey(DemoKey.DeclarantA);

                // Plain http to loopback is allowed only by appsettings.Development.json; the seeds give the demo key.
                var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook", events = new[] { "declaration.submitted" } });

                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/border-gates")).StatusCode);
            }
            Assert.False(File.Exists(Path.Combine(elsewhere, "data", "bordergate.db")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
