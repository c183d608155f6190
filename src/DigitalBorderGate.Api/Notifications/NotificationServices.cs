using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DigitalBorderGate.Api.Notifications;

internal static class NotificationServices
{
    /// <summary>
    /// The webhook client: no redirects, connections only to addresses the URL policy allows, and a resilience
    /// pipeline per receiver host (a circuit breaker keeps one failing receiver from tying up the dispatcher).
    /// Retries inside one attempt are few and short; the long retry schedule lives in the delivery rows.
    /// </summary>
    /// <summary>How long the breaker of a failing receiver host refuses requests before it lets one probe through.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<WebhookUrlPolicy>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = provider.GetRequiredService<WebhookUrlPolicy>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("webhooks", pipeline =>
            {
                // These waits are real network time, whatever clock the application's own schedules run on.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromMilliseconds(500),
                    MaxDelay = TimeSpan.FromSeconds(5),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
            })
            .Services.AddHttpClient(WebhookSender.ClientName)
            .AddResilienceHandler("webhooks-breaker", (pipeline, context) =>
            {
                // The break is a schedule the dispatcher works with (refused deliveries are due again when it ends),
                // so it runs on the application's clock, like the delivery schedule itself.
                pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.8,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(60),
                    BreakDuration = BreakDuration,
                });
            })
            .SelectPipelineByAuthority()
            .Services.AddHttpClient(WebhookSender.ClientName)
            .AddResilienceHandler("webhooks-try", pipeline =>
            {
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return services;
    }
}
