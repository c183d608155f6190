using System.Collections.Concurrent;
using DigitalBorderGate.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>A real HTTP receiver on a free loopback port that records every delivery and answers as the test says.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication? app;

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, byte[] Body, int Answered)
    {
        /// <summary>The body read as the client's event model (the signature is over the raw <see cref="Body"/>).</summary>
        public DeclarationEvent Event() => JsonSerializer.Deserialize<DeclarationEvent>(Body, JsonSerializerOptions.Web)!;
    }

    private WebhookReceiver()
    {
    }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The status to answer with; 200 unless a test makes the receiver fail.</summary>
    public int Status { get; set; } = 200;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.ListenAsync("http://127.0.0.1:0");
        return receiver;
    }

    /// <summary>Stops listening, as a receiver that is down: connections to its port are refused.</summary>
    public async Task GoDownAsync()
    {
        await app!.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    /// <summary>Listens again on the same address, keeping what it received before.</summary>
    public Task ComeBackAsync() => ListenAsync(new Uri(Url).GetLeftPart(UriPartial.Authority));

    private async Task ListenAsync(string address)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var status = Status;
            Requests.Enqueue(new Received(
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray(), status));
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await GoDownAsync();
        }
    }
}
