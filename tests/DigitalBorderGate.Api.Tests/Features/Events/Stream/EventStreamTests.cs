using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Events.Stream;

public sealed class EventStreamTests : IClassFixture<EventStreamTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        // A short heartbeat so that a test can see one; streams per key bounded at two to reach the bound quickly.
        public BorderGateApp App { get; } = BorderGateApp.With(new Dictionary<string, string?>
        {
            ["BorderGate:EventStream:HeartbeatSeconds"] = "0.2",
            ["BorderGate:EventStream:MaxStreamsPerKey"] = "2",
            ["BorderGate:EventStream:PollIntervalMilliseconds"] = "20",
        });

        public void Dispose() => App.Dispose();
    }

    private readonly BorderGateApp app;

    public EventStreamTests(Fixture fixture) => app = fixture.App;

    /// <summary>An open stream, read message by message (blocks of lines ending with an empty line).</summary>
    private sealed class OpenStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public HttpResponseMessage Response => response;

        public async Task<List<string>> NextAsync()
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var lines = new List<string>();
            while (await reader.ReadLineAsync(bound.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    return lines;
                }
                lines.Add(line);
            }
            throw new EndOfStreamException("The stream ended.");
        }

        /// <summary>The next event, past heartbeats: its id and type as the stream frames them, and its data as the typed event.</summary>
        public async Task<(long Id, string Type, DeclarationEvent Data)> NextEventAsync()
        {
            for (; ; )
            {
                var lines = await NextAsync();
                if (lines.FirstOrDefault(line => line.StartsWith("id: ", StringComparison.Ordinal)) is { } id)
                {
                    return (long.Parse(id[4..]), lines.Single(line => line.StartsWith("event: ", StringComparison.Ordinal))[7..],
                        JsonSerializer.Deserialize<DeclarationEvent>(lines.Single(line => line.StartsWith("data: ", StringComparison.Ordinal))[6..], JsonSerializerOptions.Web)!);
                }
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    private async Task<OpenStream> OpenAsync(DemoKey key, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events/stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await app.As(key).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = new OpenStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(["retry: 2000"], await stream.NextAsync());
        }
        return stream;
    }

    [Fact]
    public async Task A_stream_pushes_the_callers_events_as_they_happen_and_resumes_after_Last_Event_ID()
    {
        using var officer = await OpenAsync(DemoKey.HuuNghiOfficer);
        Assert.Equal("text/event-stream", officer.Response.Content.Headers.ContentType?.MediaType);

        await app.Client(DemoKey.DeclarantB).SubmitDeclarationAsync(Drafts.Valid(gate: "TAN_THANH", taxCode: DemoKey.TaxCodeB));
        var id = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;
        var submitted = await officer.NextEventAsync();
        Assert.Equal("declaration.submitted", submitted.Type);
        Assert.Equal(id, submitted.Data.Data.DeclarationId);
        Assert.Equal(submitted.Id, submitted.Data.Id);

        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival");
        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmYardEntry");
        var arrived = await officer.NextEventAsync();
        Assert.Equal(("declaration.statusChanged", DeclarationStatus.AtGate), (arrived.Type, arrived.Data.Data.ToStatus));

        // A client that dropped after the submission hears, on reconnecting, both changes it missed.
        using var resumed = await OpenAsync(DemoKey.HuuNghiOfficer, submitted.Id.ToString());
        Assert.Equal(arrived.Id, (await resumed.NextEventAsync()).Id);
        Assert.Equal(DeclarationStatus.InYard, (await resumed.NextEventAsync()).Data.Data.ToStatus);
    }

    [Fact]
    public async Task A_quiet_stream_sends_heartbeats()
    {
        using var stream = await OpenAsync(DemoKey.TaLungOfficer);

        Assert.Equal([": heartbeat"], await stream.NextAsync());
    }

    [Fact]
    public async Task A_key_holds_a_bounded_number_of_streams_and_admins_none()
    {
        using var first = await OpenAsync(DemoKey.DeclarantB);
        using (await OpenAsync(DemoKey.DeclarantB))
        {
            using var third = await OpenAsync(DemoKey.DeclarantB);
            await third.Response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        }
        // Closing one frees its place; the server notices the close on its next write, a heartbeat at the latest.
        using var again = await RetryUntilOpenAsync(DemoKey.DeclarantB);
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);

        using var admin = await OpenAsync(DemoKey.Admin);
        await admin.Response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var forged = await OpenAsync(DemoKey.DeclarantA, "not-an-id");
        await forged.Response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<OpenStream> RetryUntilOpenAsync(DemoKey key)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stream = await OpenAsync(key);
            if (stream.Response.StatusCode == HttpStatusCode.OK || attempt == 200)
            {
                return stream;
            }
            stream.Dispose();
            await Task.Delay(50);
        }
    }
}
