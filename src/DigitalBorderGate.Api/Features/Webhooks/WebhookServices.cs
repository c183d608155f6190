namespace DigitalBorderGate.Api.Features.Webhooks;

public static class WebhookServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services) => services
        .AddSingleton<WebhookStore>();
}
