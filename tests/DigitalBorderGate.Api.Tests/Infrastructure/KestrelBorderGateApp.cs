using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>
/// The API behind real Kestrel on a free local port, for what the in-memory test server cannot carry or does not
/// enforce: request lines Kestrel itself refuses (a NUL in the path) and its request body size limit.
/// </summary>
public sealed class KestrelBorderGateApp : IDisposable
{
    private readonly BorderGateApp app = new();
    private readonly List<HttpClient> clients = [];

    public KestrelBorderGateApp()
    {
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
    }

    public Uri Address { get; }

    public HttpClient As(DemoKey key)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);
        clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        clients.ForEach(client => client.Dispose());
        app.Dispose();
    }
}
