namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>Query strings carry plates and tax codes: no log line at any level may contain one.</summary>
public sealed class QueryStringLoggingTests
{
    [Fact]
    public async Task Query_strings_reach_no_log_even_with_asp_net_core_logging_at_trace()
    {
        using var app = BorderGateApp.With(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging"] = "Trace",
        });

        await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/declarations?plateNumber=QSECRET12345");
        await app.ClientWithKey(null).GetAsync("/health/live?token=QSECRET67890");
        await app.ClientWithKey("dbg_wrong").GetAsync("/api/v1/units?on=QSECRET-2026");

        var logs = app.Logs.Lines.ToList();
        Assert.Contains(logs, line => line.Contains("/api/v1/declarations", StringComparison.Ordinal));
        Assert.Contains(logs, line => line.StartsWith("Debug ", StringComparison.Ordinal) || line.StartsWith("Trace ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains("QSECRET", StringComparison.Ordinal));
    }
}
