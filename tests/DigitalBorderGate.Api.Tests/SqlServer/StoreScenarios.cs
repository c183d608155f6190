namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>
/// Flows through the HTTP API that touch every store, written once and run on each database provider; together
/// they run every statement the features send to the database.
/// </summary>
public static class StoreScenarios
{
    /// <summary>Submit (with a replayed Idempotency-Key), read, history, search with every filter and a cursor, amend.</summary>
    public static async Task SubmitReadSearchAmendAsync(BorderGateApp app)
    {
        var owner = app.As(DemoKey.DeclarantA);
        var first = await owner.SubmitAsync(Bodies.ValidSubmission(arrival: app.Clock.GetUtcNow().AddHours(6)), idempotencyKey: "flow-1");
        var replay = await owner.SubmitAsync(Bodies.ValidSubmission(arrival: app.Clock.GetUtcNow().AddHours(6)), idempotencyKey: "flow-1");
        Assert.Equal(first.Id(), replay.Id());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await owner.SubmitAsync(Bodies.ValidSubmission(gate: "TAN_THANH", plate: "12C-999.88", arrival: app.Clock.GetUtcNow().AddHours(8)));
        Assert.NotEqual(first.GetProperty("referenceNumber").GetString(), second.GetProperty("referenceNumber").GetString());

        var read = await (await owner.GetAsync($"/api/v1/declarations/{first.Id()}")).ReadJsonAsync();
        Assert.Equal(first.GetProperty("referenceNumber").GetString(), read.GetProperty("referenceNumber").GetString());
        Assert.Equal(first.GetProperty("submittedAt").GetDateTimeOffset(), read.GetProperty("submittedAt").GetDateTimeOffset());
        var history = (await (await owner.GetAsync($"/api/v1/declarations/{first.Id()}/history")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal("submit", history[0].GetProperty("action").GetString());

        var page = await (await owner.GetAsync("/api/v1/declarations?limit=1")).ReadJsonAsync();
        Assert.Equal(second.Id(), page.GetProperty("items")[0].Id());
        var cursor = page.GetProperty("nextCursor").GetString();
        var next = await (await owner.GetAsync($"/api/v1/declarations?limit=1&cursor={cursor}")).ReadJsonAsync();
        Assert.Equal(first.Id(), next.GetProperty("items")[0].Id());
        var from = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(-5).ToString("O"));
        var to = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(5).ToString("O"));
        var filtered = await (await owner.GetAsync(
            $"/api/v1/declarations?referenceNumber={second.GetProperty("referenceNumber").GetString()}&plateNumber=12c%20999.88&status=submitted&borderGateCode=tan_thanh&submittedFrom={from}&submittedTo={to}")).ReadJsonAsync();
        Assert.Equal([second.Id()], filtered.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var officerView = await (await app.As(DemoKey.TanThanhOfficer).GetAsync("/api/v1/declarations")).ReadJsonAsync();
        Assert.Contains(second.Id(), officerView.GetProperty("items").EnumerateArray().Select(i => i.Id()));

        var amend = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{second.Id()}") { Content = JsonContent.Create(Bodies.ValidSubmission(plate: "12C-777.77", arrival: app.Clock.GetUtcNow().AddHours(8))) };
        amend.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var amended = await owner.SendAsync(amend);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal("HUU_NGHI", (await amended.ReadJsonAsync()).GetProperty("routing").GetProperty("unitCode").GetString());
    }

    /// <summary>A truck from submission to exit; the unit's queue, its counts, the change feeds and dwell times.</summary>
    public static async Task TransitionQueueFeedAsync(BorderGateApp app)
    {
        var owner = app.As(DemoKey.DeclarantA);
        var officer = app.As(DemoKey.HuuNghiOfficer);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var id = (await owner.SubmitAsync(Bodies.ValidSubmission(arrival: app.Clock.GetUtcNow().AddHours(6)))).Id();
        var waiting = (await owner.SubmitAsync(Bodies.ValidSubmission(plate: "12C-555.55", arrival: app.Clock.GetUtcNow().AddHours(7)))).Id();

        // Only this scenario's trucks: other scenarios may have filled the queue before.
        var since = Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(5).ToString("O"));
        var queue = await (await officer.GetAsync($"/api/v1/units/HUU_NGHI/queue?limit=1&arrivalFrom={since}")).ReadJsonAsync();
        Assert.Equal(id, queue.GetProperty("items")[0].Id());
        var rest = await (await officer.GetAsync($"/api/v1/units/HUU_NGHI/queue?limit=1&arrivalFrom={since}&direction=import&borderGateCode=HUU_NGHI&cursor={queue.GetProperty("nextCursor").GetString()}")).ReadJsonAsync();
        Assert.Equal(waiting, rest.GetProperty("items")[0].Id());

        app.Clock.Advance(TimeSpan.FromHours(6));
        await officer.ActAsync(id, new { action = "confirmArrival", note = "Xe đã đến cổng" });
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await officer.ActAsync(id, new { action = "confirmYardEntry" });
        await officer.ActAsync(id, new { action = "startInspection", channel = "green", checks = new { quarantine = "notRequired", feePaid = true } });
        await owner.ActAsync(id, new { action = "linkCustomsDeclaration", goodsIndex = 1, customsDeclarationNumber = "105123456791" });
        await officer.ActAsync(id, new
        {
            action = "transship",
            transshipment = new { receivingPlateNumber = "29C-678.90", receivingNationality = "VN", transferArea = "Bãi chuyển tải số 2" },
        });
        Assert.Contains(id, (await (await owner.GetAsync("/api/v1/declarations?plateNumber=29C67890")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(d => d.Id()));
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await officer.ActAsync(id, new { action = "clear", customsDeclarationNumber = "105123456780" });
        await officer.ActAsync(id, new { action = "clear" });
        var exited = await officer.ActAsync(id, new { action = "confirmExit" });
        Assert.Equal("exited", exited.Status());
        await (await officer.TransitionAsync(id, new { action = "confirmExit" }, ifMatch: "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var open = await (await officer.GetAsync("/api/v1/units/HUU_NGHI/queue?status=submitted&channel=green&plateNumber=12C55555")).ReadJsonAsync();
        Assert.Empty(open.GetProperty("items").EnumerateArray());
        var done = await (await officer.GetAsync($"/api/v1/units/HUU_NGHI/queue?status=exited&arrivalFrom={Uri.EscapeDataString(app.Clock.GetUtcNow().AddDays(-1).ToString("O"))}&arrivalTo={Uri.EscapeDataString(app.Clock.GetUtcNow().AddDays(1).ToString("O"))}")).ReadJsonAsync();
        Assert.Equal([id], done.GetProperty("items").EnumerateArray().Select(i => i.Id()));

        var history = (await (await owner.GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal(["submit", "confirmArrival", "confirmYardEntry", "startInspection", "linkCustomsDeclaration", "transship", "clear", "clear", "confirmExit"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));

        var feed = await (await owner.GetAsync("/api/v1/events?limit=3")).ReadJsonAsync();
        Assert.Equal(3, feed.GetProperty("items").GetArrayLength());
        var more = await (await owner.GetAsync($"/api/v1/events?cursor={feed.GetProperty("nextCursor").GetString()}")).ReadJsonAsync();
        Assert.NotEmpty(more.GetProperty("items").EnumerateArray());
        Assert.NotEmpty((await (await officer.GetAsync("/api/v1/events")).ReadJsonAsync()).GetProperty("items").EnumerateArray());

        var dwell = await officer.GetAsync("/api/v1/statistics/dwell-times?gate=HUU_NGHI");
        Assert.Equal(HttpStatusCode.OK, dwell.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.As(DemoKey.BranchOfficer).GetAsync("/api/v1/statistics/dwell-times")).StatusCode);
    }

    /// <summary>API keys issued, listed by page, used and revoked; a webhook subscribed, delivered, redelivered, deleted.</summary>
    public static async Task KeysAndWebhooksAsync(BorderGateApp app, string receiverUrl)
    {
        var admin = app.As(DemoKey.Admin);
        var issued = await admin.PostAsJsonAsync("/api/v1/api-keys", new { role = "declarant", scope = new[] { DemoKey.TaxCodeA }, label = "Kế toán" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = await issued.ReadJsonAsync();
        var keys = await (await admin.GetAsync("/api/v1/api-keys?limit=1")).ReadJsonAsync();
        var rest = await (await admin.GetAsync($"/api/v1/api-keys?cursor={keys.GetProperty("nextCursor").GetString()}")).ReadJsonAsync();
        Assert.NotEmpty(rest.GetProperty("items").EnumerateArray());
        var client = app.ClientWithKey(key.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{key.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/declarations")).StatusCode);

        var owner = app.As(DemoKey.DeclarantA);
        var subscribed = await owner.PostAsJsonAsync("/api/v1/webhooks", new { url = receiverUrl, events = new[] { "declaration.submitted", "declaration.statusChanged" } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var webhook = (await subscribed.ReadJsonAsync()).GetProperty("id").GetString();
        await owner.SubmitAsync(Bodies.ValidSubmission(arrival: app.Clock.GetUtcNow().AddHours(6)));
        await owner.SubmitAsync(Bodies.ValidSubmission(plate: "12C-444.44", arrival: app.Clock.GetUtcNow().AddHours(6)));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/webhooks/{webhook}")).StatusCode);
        Assert.NotEmpty((await (await owner.GetAsync("/api/v1/webhooks")).ReadJsonAsync()).GetProperty("items").EnumerateArray());

        Assert.Equal(2, await app.DispatchOnceAsync());
        var newest = await (await owner.GetAsync($"/api/v1/webhooks/{webhook}/deliveries?status=delivered&limit=1")).ReadJsonAsync();
        var older = await (await owner.GetAsync($"/api/v1/webhooks/{webhook}/deliveries?limit=1&cursor={newest.GetProperty("nextCursor").GetString()}")).ReadJsonAsync();
        var delivery = older.GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.True(delivery < newest.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsync($"/api/v1/webhooks/{webhook}/deliveries/{delivery}/redeliver", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/webhooks/{webhook}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
    }
}
