using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DigitalBorderGate.Api.Features.Events.Stream;

/// <summary>Writes the text/event-stream format, flushing each message so that it leaves at once.</summary>
internal sealed class EventStreamWriter(System.IO.Stream body)
{
    public Task WriteRetryAsync(TimeSpan reconnectAfter, CancellationToken ct) =>
        WriteAsync($"retry: {(long)reconnectAfter.TotalMilliseconds}\n\n", ct);

    public Task WriteHeartbeatAsync(CancellationToken ct) => WriteAsync(": heartbeat\n\n", ct);

    /// <summary>The event's JSON has no line breaks (the serializer does not indent), so it is one data line.</summary>
    public Task WriteEventAsync(DeclarationEvent item, CancellationToken ct) =>
        WriteAsync(string.Create(CultureInfo.InvariantCulture,
            $"id: {item.Id}\nevent: {item.Type}\ndata: {JsonSerializer.Serialize(item, ApiJson.Options)}\n\n"), ct);

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await body.FlushAsync(ct);
    }
}
