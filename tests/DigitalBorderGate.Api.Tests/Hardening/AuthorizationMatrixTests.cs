using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>
/// Every endpoint against every kind of caller. Each case acts on a declaration of its own, submitted by declarant A
/// at Hữu Nghị, so the expected status depends only on who asks. A 200 on a list also checks what it lists.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    private readonly Fixture fixture;

    public AuthorizationMatrixTests(Fixture fixture) => this.fixture = fixture;

    public sealed class Fixture : IAsyncLifetime
    {
        public BorderGateApp App { get; } = new();

        public string RevokedKey { get; private set; } = "";

        /// <summary>A webhook of declarant A's, which no one else may see.</summary>
        public string OwnersWebhook { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var admin = App.As(DemoKey.Admin);
            var issued = await (await admin.PostAsJsonAsync("/api/v1/api-keys", new { role = "declarant", scope = new[] { DemoKey.TaxCodeA }, label = "revoked" })).ReadJsonAsync();
            RevokedKey = issued.GetProperty("key").GetString()!;
            await admin.DeleteAsync($"/api/v1/api-keys/{issued.GetProperty("id").GetString()}");
            var webhook = await (await App.As(DemoKey.DeclarantA).PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook", events = new[] { "declaration.submitted" } })).ReadJsonAsync();
            OwnersWebhook = webhook.GetProperty("id").GetString()!;
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    // Callers, in the column order of the table below.
    private static readonly string[] Callers = ["owner", "otherDeclarant", "routedOfficer", "otherOfficer", "branchOfficer", "admin", "noKey", "revokedKey"];

    // Expected status per caller; for lists, "200:n" also says how many of the case's own declarations appear.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["submit"] = ["201", "403", "403", "403", "403", "403", "401", "401"],
        ["read"] = ["200", "404", "200", "404", "200", "403", "401", "401"],
        ["search"] = ["200:1", "200:0", "200:1", "200:0", "200:1", "403", "401", "401"],
        ["searchByOtherFilters"] = ["200:1", "200:0", "200:1", "200:0", "200:1", "403", "401", "401"],
        ["amend"] = ["200", "404", "403", "403", "403", "403", "401", "401"],
        ["officerAction"] = ["403", "404", "200", "404", "403", "403", "401", "401"],
        ["cancel"] = ["200", "404", "403", "404", "403", "403", "401", "401"],
        ["history"] = ["200", "404", "200", "404", "200", "403", "401", "401"],
        ["units"] = ["200", "200", "200", "200", "200", "200", "401", "401"],
        ["unit"] = ["200", "200", "200", "200", "200", "200", "401", "401"],
        ["borderGates"] = ["200", "200", "200", "200", "200", "200", "401", "401"],
        ["queue"] = ["403", "403", "200:1", "403", "200:1", "403", "401", "401"],
        ["otherUnitsQueue"] = ["403", "403", "403", "200:0", "200:0", "403", "401", "401"],
        ["dwellTimes"] = ["403", "403", "200", "403", "200", "403", "401", "401"],
        ["issueKey"] = ["403", "403", "403", "403", "403", "201", "401", "401"],
        ["listKeys"] = ["403", "403", "403", "403", "403", "200", "401", "401"],
        ["revokeKey"] = ["403", "403", "403", "403", "403", "404", "401", "401"],
        ["events"] = ["200", "200", "200", "200", "200", "403", "401", "401"],
        ["registerWebhook"] = ["201", "201", "201", "201", "201", "403", "401", "401"],
        ["listWebhooks"] = ["200", "200", "200", "200", "200", "403", "401", "401"],
        ["ownersWebhook"] = ["200", "404", "404", "404", "404", "403", "401", "401"],
        ["ownersWebhookDeliveries"] = ["200", "404", "404", "404", "404", "403", "401", "401"],
        ["deleteOwnersWebhook"] = ["404", "404", "404", "404", "404", "403", "401", "401"],
        ["redeliverOnOwnersWebhook"] = ["404", "404", "404", "404", "404", "403", "401", "401"],
        ["eventStream"] = ["200", "200", "200", "200", "200", "403", "401", "401"],
        ["pass"] = ["200", "404", "200", "404", "200", "403", "401", "401"],
        ["verifyPass"] = ["200", "404", "200", "404", "200", "403", "401", "401"],
        ["me"] = ["200", "200", "200", "200", "200", "200", "401", "401"],
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Expected.Keys)
        {
            foreach (var caller in Callers)
            {
                data.Add(endpoint, caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_exactly_what_its_role_and_scope_allow(string endpoint, string caller)
    {
        var app = fixture.App;
        var declaration = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: UniquePlate()));
        var id = declaration.Id();
        var reference = declaration.GetProperty("referenceNumber").GetString();
        var plate = declaration.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString();
        var client = caller switch
        {
            "owner" => app.As(DemoKey.DeclarantA),
            "otherDeclarant" => app.As(DemoKey.DeclarantB),
            "routedOfficer" => app.As(DemoKey.HuuNghiOfficer),
            "otherOfficer" => app.As(DemoKey.TanThanhOfficer),
            "branchOfficer" => app.As(DemoKey.BranchOfficer),
            "admin" => app.As(DemoKey.Admin),
            "noKey" => app.ClientWithKey(null),
            _ => app.ClientWithKey(fixture.RevokedKey),
        };

        var response = endpoint switch
        {
            "submit" => await client.PostSubmissionAsync(Bodies.ValidSubmission()),
            "read" => await client.GetAsync($"/api/v1/declarations/{id}"),
            "search" => await client.GetAsync($"/api/v1/declarations?referenceNumber={reference}"),
            "searchByOtherFilters" => await client.GetAsync($"/api/v1/declarations?plateNumber={plate}&borderGateCode=HUU_NGHI&status=submitted&limit=200"),
            "amend" => await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{id}")
            {
                Content = JsonContent.Create(Bodies.ValidSubmission(plate: plate!)),
                Headers = { { "If-Match", "\"1\"" } },
            }),
            "officerAction" => await client.TransitionAsync(id, new { action = "confirmArrival" }),
            "cancel" => await client.TransitionAsync(id, new { action = "cancel" }),
            "history" => await client.GetAsync($"/api/v1/declarations/{id}/history"),
            "units" => await client.GetAsync("/api/v1/units"),
            "unit" => await client.GetAsync("/api/v1/units/HUU_NGHI"),
            "borderGates" => await client.GetAsync("/api/v1/border-gates"),
            "queue" => await client.GetAsync($"/api/v1/units/HUU_NGHI/queue?plateNumber={plate}"),
            "otherUnitsQueue" => await client.GetAsync($"/api/v1/units/TAN_THANH/queue?plateNumber={plate}"),
            "dwellTimes" => await client.GetAsync("/api/v1/statistics/dwell-times?gate=HUU_NGHI"),
            "issueKey" => await client.PostAsJsonAsync("/api/v1/api-keys", new { role = "declarant", scope = new[] { DemoKey.TaxCodeB }, label = "matrix" }),
            "listKeys" => await client.GetAsync("/api/v1/api-keys"),
            // Only the headers: a stream that was let in stays open.
            "eventStream" => await client.GetAsync("/api/v1/events/stream", HttpCompletionOption.ResponseHeadersRead),
            "pass" => await client.GetAsync($"/api/v1/declarations/{id}/pass"),
            "verifyPass" => await client.PostAsJsonAsync("/api/v1/passes/verify",
                new { code = app.Services.GetRequiredService<Api.Features.Declarations.Pass.PassSigner>().Sign(reference!) }),
            "me" => await client.GetAsync("/api/v1/me"),
            "events" => await client.GetAsync("/api/v1/events"),
            "registerWebhook" => await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/matrix", events = new[] { "declaration.amended" } }),
            "listWebhooks" => await client.GetAsync("/api/v1/webhooks"),
            "ownersWebhook" => await client.GetAsync($"/api/v1/webhooks/{fixture.OwnersWebhook}"),
            "ownersWebhookDeliveries" => await client.GetAsync($"/api/v1/webhooks/{fixture.OwnersWebhook}/deliveries"),
            // A delivery id that does not exist: 404 for the owner too; others never learn whether the webhook exists.
            "redeliverOnOwnersWebhook" => await client.PostAsync($"/api/v1/webhooks/{fixture.OwnersWebhook}/deliveries/999999/redeliver", null),
            // Others try to delete the owner's webhook; the owner, an id it does not hold (its webhook stays for the other cases).
            "deleteOwnersWebhook" => await client.DeleteAsync($"/api/v1/webhooks/{(caller == "owner" ? Guid.NewGuid().ToString() : fixture.OwnersWebhook)}"),
            _ => await client.DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}"),
        };

        var expected = Expected[endpoint][Array.IndexOf(Callers, caller)].Split(':');
        if (endpoint == "eventStream" && response.IsSuccessStatusCode)
        {
            Assert.Equal(expected[0], ((int)response.StatusCode).ToString());
            response.Dispose();
            return;
        }
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(int.Parse(expected[0]) == (int)response.StatusCode, $"{endpoint} by {caller}: expected {expected[0]}, got {(int)response.StatusCode}: {text}");
        if (expected.Length == 2)
        {
            var items = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray();
            Assert.Equal(int.Parse(expected[1]), items.Count(item => item.GetProperty("id").GetString() == id));
        }
        if ((int)response.StatusCode >= 400)
        {
            await response.ShouldBeProblemAsync(response.StatusCode);
        }
    }

    private static int plates = 10000;

    private static string UniquePlate() => $"12C{Interlocked.Increment(ref plates)}";
}
