using DigitalBorderGate.Api.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>Dispatch passes a test runs itself, since the in-process API's background dispatcher is off.</summary>
internal static class WebhookDispatch
{
    public static WebhookDispatcher Dispatcher(this BorderGateApp app) => app.Services.GetRequiredService<WebhookDispatcher>();

    /// <summary>One pass over the due deliveries; returns how many it sent.</summary>
    public static Task<int> DispatchOnceAsync(this BorderGateApp app) => app.Dispatcher().DispatchOnceAsync(CancellationToken.None);

    /// <summary>Passes until nothing due is left.</summary>
    public static async Task DispatchUntilIdleAsync(this BorderGateApp app)
    {
        while (await app.DispatchOnceAsync() > 0)
        {
        }
    }
}
