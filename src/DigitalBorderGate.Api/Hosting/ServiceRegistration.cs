using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Console;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Webhooks;
using DigitalBorderGate.Api.Hosting.Middleware;
using DigitalBorderGate.Api.Hosting.OpenApi;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Retention;
using DigitalBorderGate.Api.Settings;
using Microsoft.AspNetCore.Authentication;

namespace DigitalBorderGate.Api.Hosting;

internal static class ServiceRegistration
{
    public static WebApplicationBuilder AddBorderGate(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(BorderGateOptions.Section).Get<BorderGateOptions>() ?? new BorderGateOptions();
        services.Configure<BorderGateOptions>(builder.Configuration.GetSection(BorderGateOptions.Section));

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Middleware.RequestRateLimiter>();
        if (options.CorsAllowedOrigins.Length > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(options.CorsAllowedOrigins)
                .WithHeaders("X-Api-Key", "Content-Type", "Idempotency-Key", "If-Match", "Accept-Language")
                .WithExposedHeaders("ETag", "Location", "Retry-After")
                .WithMethods("GET", "POST", "PUT", "DELETE")));
        }
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        services.KeepQueryStringsOutOfLogs();
        // The health check service logs each unhealthy check as an error; DatabaseOutageLog reports outages once.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        // Storage and start-up.
        services.AddSingleton(provider => DatabaseSetup.Create(builder.Configuration, builder.Environment, options));
        services.AddSingleton<ReferenceDataLoader>();
        services.AddSingleton<ReferenceDataCatalog>();
        services.AddSingleton(provider => CodeListFiles.Load(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BorderGateOptions>>(), provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<StartupTasks>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<DatabaseOutageLog>();
        services.AddSingleton<DatabaseWriteProbe>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseInitializer>());

        // Features.
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<Features.Declarations.RenderedDeclarations>();
        services.AddDeclarations();
        services.AddWebhooks();
        services.AddSingleton<Features.Events.EventFeed>();
        services.Configure<Features.Declarations.Pass.PassOptions>(builder.Configuration.GetSection(Features.Declarations.Pass.PassOptions.Section));
        services.AddSingleton<Features.Declarations.Pass.PassSigner>();
        services.Configure<Features.Events.Stream.EventStreamOptions>(builder.Configuration.GetSection(Features.Events.Stream.EventStreamOptions.Section));
        services.AddSingleton<Features.Events.Stream.EventWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Events.Stream.EventWatcher>());
        services.AddNotifications();
        services.AddRetention();
        services.AddSecretsAtRest(builder.Configuration, builder.Environment, options);

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddFastEndpoints();
        services.AddBorderGateOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.AddBorderGateTelemetry(options.Metrics);
        return builder;
    }

    public static WebApplication UseBorderGate(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLogging();
        app.UseProblemExceptionHandler();
        app.UseProblemStatusPages();
        app.UseReadinessGate();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BorderGateOptions>>().Value.CorsAllowedOrigins.Length > 0)
        {
            app.UseCors();
        }
        app.UseAuthentication();
        app.UseKeyRateLimiting();
        app.UseBorderGateMetrics(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BorderGateOptions>>().Value.Metrics);
        app.UseAuthorization();
        app.UseFastEndpoints(config =>
        {
            ApiJson.Configure(config.Serializer.Options);
            ErrorHandling.Configure(config);
        });
        app.MapBorderGateContract();
        app.MapConsole();
        app.MapHealthChecks(HealthPaths.Live, new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Ready, new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}

internal static class RequestLimits
{
    /// <summary>A declaration at its bounds (50 goods groups of 200 item lines) is well under this.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;
}
