namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>
/// Tests that each get a fresh API in-process and a fresh webhook receiver on loopback. The API's own dispatcher is
/// off, so a test runs dispatch passes itself (<see cref="WebhookDispatch"/>).
/// </summary>
public abstract class WithWebhookReceiver : IAsyncLifetime
{
    protected BorderGateApp App { get; } = new();

    protected WebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync() => Receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await Receiver.DisposeAsync();
        App.Dispose();
    }
}
