using System.Security.Cryptography;
using System.Text;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Settings;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Metrics and traces with OpenTelemetry. Metrics are scraped by Prometheus from an operator-only path: it answers only
/// to the scrape token, and to anyone else it is a path like any unknown one. Traces go to an OTLP collector when the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "DigitalBorderGate.Api";

    public static void AddBorderGateTelemetry(this WebApplicationBuilder builder, MetricsOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }
        builder.Services.AddSingleton<QueueDepth>();
        builder.Services.AddSingleton<OperatorGauges>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            // Of ASP.NET Core's built-in meters only requests and connections: the others (routing, authentication,
            // memory pool) would each add a measurement to every request for little an operator acts on.
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                .AddMeter(DatabaseMetrics.MeterName, WebhookMetrics.MeterName, OperatorGauges.MeterName)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsScrape(context, options))
                .AddSource(DatabaseMetrics.MeterName)
                .AddOtlpExporter());
        }
    }

    /// <summary>Serves the scrape path; placed after rate limiting, so a scraper spends the anonymous allowance of its address.</summary>
    public static void UseBorderGateMetrics(this WebApplication app, MetricsOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }
        app.Services.GetRequiredService<OperatorGauges>();
        if (string.IsNullOrEmpty(options.ScrapeToken))
        {
            return;
        }
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes("Bearer " + options.ScrapeToken));
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null,
            predicate: context => IsScrape(context, options) && Presents(context, expected), path: null, configureBranchedPipeline: null, optionsName: null);
    }

    private static bool IsScrape(HttpContext context, MetricsOptions options) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Equals(options.ScrapePath, StringComparison.Ordinal);

    // Hashes of equal length compared in constant time: the answer tells nothing about how much of a guess was right.
    private static bool Presents(HttpContext context, byte[] expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString())), expected);
}
