namespace DigitalBorderGate.Api.Features.Webhooks;

internal static class WebhookServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services) => services
        .AddSingleton<WebhookStore>();
}
