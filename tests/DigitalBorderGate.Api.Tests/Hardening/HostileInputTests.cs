using System.Net.Http.Headers;
using System.Text;

namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>
/// Hostile and malformed requests, one kind at a time: each is answered with a clean problem (never a 5xx, a stack
/// trace, a type name or SQL), and no request that is refused changes what is stored.
/// </summary>
public sealed class HostileInputTests : IClassFixture<BorderGateApp>, IClassFixture<KestrelBorderGateApp>
{
    private const string Declarations = "/api/v1/declarations";

    private readonly BorderGateApp app;

    /// <summary>The same API behind real Kestrel, for paths the in-memory server cannot carry and for the body size limit.</summary>
    private readonly KestrelBorderGateApp kestrel;

    public HostileInputTests(BorderGateApp app, KestrelBorderGateApp kestrel)
    {
        this.app = app;
        this.kestrel = kestrel;
    }

    // ---- Bodies that are not one JSON object ----

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("{")]
    [InlineData("{\"direction\":\"import\",\"borderGateCode\":")]
    [InlineData("{\"direction\":\"import\"}}")]
    [InlineData("{\"direction\":'import'}")]
    [InlineData("{direction:\"import\"}")]
    [InlineData("\uFEFF")]
    public async Task A_body_that_is_not_one_json_object_is_a_400_and_nothing_is_stored(string body)
    {
        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(body)), 400);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public async Task A_valid_submission_cut_short_is_a_400(double fraction)
    {
        var text = Bodies.ValidSubmission().ToJsonString();

        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(text[..(int)(text.Length * fraction)])), 400);
    }

    [Fact]
    public async Task An_amendment_with_a_body_that_is_not_an_object_is_a_400_and_the_declaration_is_unchanged()
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        foreach (var body in new[] { "", "null", "[]", "42", "\"text\"", "{\"direction\":" })
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"{Declarations}/{created.Id()}") { Content = Json(body) };
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

            await (await app.As(DemoKey.DeclarantA).SendAsync(request)).ShouldBeCleanProblemAsync(400);
        }
        await ShouldBeUnchangedAsync(created);
    }

    [Fact]
    public async Task Invalid_utf8_inside_a_string_is_a_400()
    {
        var text = Bodies.ValidSubmission(plate: "@@PLATE@@").ToJsonString();
        var at = text.IndexOf("@@PLATE@@", StringComparison.Ordinal);
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text[..at]), (byte)'1', (byte)'2', 0xC3, 0x28, (byte)'5', .. Encoding.UTF8.GetBytes(text[(at + 9)..])];
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, content), 400);
    }

    [Fact]
    public async Task Json_nested_a_thousand_deep_is_a_400()
    {
        var nested = new string('[', 1_000) + new string(']', 1_000);
        var body = Bodies.ValidSubmission().ToJsonString().Replace("\"sealNumbers\":[]", "\"sealNumbers\":" + nested, StringComparison.Ordinal);

        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(body)), 400);
        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(nested)), 400);
    }

    [Fact]
    public async Task A_6_MB_body_is_a_413()
    {
        var body = Bodies.ValidSubmission();
        body["goods"]![1]!["items"]![0]!["description"] = new string('x', 6 * 1024 * 1024);

        // Kestrel answers as soon as it sees the length; waiting for 100-continue lets the client read that answer
        // instead of finding the connection closed under the body it is still sending.
        var request = new HttpRequestMessage(HttpMethod.Post, Declarations) { Content = Json(body.ToJsonString()) };
        request.Headers.ExpectContinue = true;

        await ShouldRefuseWithoutChangeAsync(kestrel.As, () => kestrel.As(DemoKey.DeclarantA).SendAsync(request), 413);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_with_a_1_8_MB_description_is_a_400_text_too_long()
    {
        var body = Bodies.ValidSubmission();
        body["goods"]![1]!["items"]![0]!["description"] = new string('x', 1_800_000);
        body["vehicle"]!["driver"]!["fullName"] = "Nguyễn Văn Đức" + new string(' ', 100_000) + "x";
        var text = body.ToJsonString();
        Assert.InRange(text.Length, 1_850_000, 1_950_000);

        // Behind Kestrel, so that the body is read under the real size limit.
        var problem = await ShouldRefuseWithoutChangeAsync(kestrel.As, () => kestrel.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(text)), 400);

        Assert.Contains(("/goods/1/items/0/description", "text.tooLong"), problem.Errors());
    }

    // ---- Values that are hostile but well-formed JSON ----

    [Theory]
    [InlineData("plate", "12C-123\u0000.45")]
    [InlineData("plate", "12C-\u202E54.321")]
    [InlineData("name", "Nguyễn\u0000Văn Đức")]
    [InlineData("name", "Nguyễn \u202EcứĐ năV")]
    [InlineData("name", "Nguyễn \u2066Văn\u2069 Đức")]
    [InlineData("name", "Nguyễn\u0007Văn\u001BĐức")]
    public async Task Nul_control_and_bidi_characters_in_plate_and_name_are_a_400(string field, string value)
    {
        var body = field == "plate" ? Bodies.ValidSubmission(plate: value) : Bodies.ValidSubmission();
        if (field == "name")
        {
            body["vehicle"]!["driver"]!["fullName"] = value;
        }

        var problem = await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostSubmissionAsync(body), 400);

        Assert.Contains(problem.Errors(), error => error.Field == (field == "plate" ? "/vehicle/plateNumber" : "/vehicle/driver/fullName"));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_the_name_is_a_400()
    {
        var text = Bodies.ValidSubmission().ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("Nguyễn Văn Đức", "Nguyễn \\uD800 Đức", StringComparison.Ordinal);

        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(text)), 400);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e308")]
    public async Task A_gross_weight_out_of_range_is_a_400(string weight)
    {
        var text = Bodies.ValidSubmission().ToJsonString().Replace("\"grossWeightKg\":24500", "\"grossWeightKg\":" + weight, StringComparison.Ordinal);
        Assert.Contains(weight, text, StringComparison.Ordinal);

        var problem = await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, Json(text)), 400);

        Assert.Contains(problem.Errors(), error => error.Field.StartsWith("/goods/0", StringComparison.Ordinal));
    }

    // ---- Content types ----

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_body_that_is_not_declared_as_json_is_a_415(string contentType)
    {
        var content = new StringContent(Bodies.ValidSubmission().ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PostAsync(Declarations, content), 415);
    }

    // ---- Paths ----

    [Theory]
    [InlineData("/api/v1/declarations/..%2f..%2fetc")]
    [InlineData("/api/v1/declarations/..%2f..%2fetc%2fpasswd/history")]
    [InlineData("/api/v1/declarations/%E2%80%AE")]
    [InlineData("/api/v1/declarations/'%20OR%201=1--")]
    [InlineData("/api/v1/declarations/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v1/declarations/%FF%FE")]
    [InlineData("/api/v1/units/%E2%80%AE/queue")]
    [InlineData("/api/v1/units/..%2f..%2f/queue")]
    [InlineData("/api/v1/units/%25%25%25")]
    public async Task A_junk_path_segment_is_a_clean_4xx(string path)
    {
        foreach (var key in new[] { DemoKey.DeclarantA, DemoKey.BranchOfficer })
        {
            await (await kestrel.As(key).GetAsync(path)).ShouldBeCleanProblemAsync();
            await (await app.As(key).GetAsync(path)).ShouldBeCleanProblemAsync();
        }
    }

    /// <summary>
    /// Kestrel refuses a request line whose path decodes to NUL before the application sees it, so the answer is
    /// its own bare 400 rather than a problem body; it still reveals nothing.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/declarations/%00")]
    [InlineData("/api/v1/declarations/%00/history")]
    [InlineData("/api/v1/units/%00")]
    [InlineData("/api/v1/units/HUU_NGHI%00/queue")]
    public async Task A_nul_in_the_path_is_refused_by_the_server_with_a_400(string path)
    {
        var response = await kestrel.As(DemoKey.BranchOfficer).GetAsync(path);

        Assert.Equal(400, (int)response.StatusCode);
        HostileAssertions.ShouldNotLeak(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Writes_to_a_nul_id_are_refused_and_change_nothing()
    {
        var before = await HostileAssertions.CountVisibleAsync(kestrel.As(DemoKey.BranchOfficer));

        var amended = await kestrel.As(DemoKey.DeclarantA).PutAsJsonAsync($"{Declarations}/%00", Bodies.ValidSubmission());
        var acted = await kestrel.As(DemoKey.HuuNghiOfficer).TransitionAsync("%00", new { action = "confirmArrival" });

        Assert.Equal(400, (int)amended.StatusCode);
        Assert.Equal(400, (int)acted.StatusCode);
        Assert.Equal(before, await HostileAssertions.CountVisibleAsync(kestrel.As(DemoKey.BranchOfficer)));
    }

    [Fact]
    public async Task A_5000_character_id_is_a_clean_4xx_for_reads_amendments_and_transitions()
    {
        var id = new string('a', 5_000);

        await (await app.As(DemoKey.DeclarantA).GetAsync($"{Declarations}/{id}")).ShouldBeCleanProblemAsync();
        await (await app.As(DemoKey.DeclarantA).GetAsync($"{Declarations}/{id}/history")).ShouldBeCleanProblemAsync();
        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.DeclarantA).PutAsJsonAsync($"{Declarations}/{id}", Bodies.ValidSubmission()));
        await ShouldRefuseWithoutChangeAsync(() => app.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new { action = "confirmArrival" }));
    }

    [Theory]
    [InlineData("..%2f..%2fetc")]
    [InlineData("%E2%80%AE")]
    [InlineData("'%20OR%201=1--")]
    public async Task Writes_to_a_junk_id_are_a_clean_4xx_and_change_nothing(string id)
    {
        await ShouldRefuseWithoutChangeAsync(kestrel.As, () => kestrel.As(DemoKey.DeclarantA).PutAsJsonAsync($"{Declarations}/{id}", Bodies.ValidSubmission()));
        await ShouldRefuseWithoutChangeAsync(kestrel.As, () => kestrel.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new { action = "confirmArrival" }));
        await ShouldRefuseWithoutChangeAsync(kestrel.As, () => kestrel.As(DemoKey.DeclarantA).TransitionAsync(id, new { action = "cancel" }));
    }

    // ---- Query strings ----

    /// <summary>Junk for the paging parameters every list shares, and for status.</summary>
    public static TheoryData<string> JunkPaging => new()
    {
        "limit=-1",
        "limit=0",
        "limit=201",
        "limit=99999999999",
        "limit=abc",
        "limit=1e3",
        "limit=%00",
        "status=DROP%20TABLE",
        "status=submitted'--",
        "status=0",
        "status=9",
        "cursor=" + Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes("random bytes that are not a cursor"))),
        "cursor=" + Uri.EscapeDataString(Convert.ToBase64String([0xFF, 0xFE, 0x00, 0x01, 0x80, 0xC3, 0x28])),
        "cursor=" + Convert.ToBase64String(Encoding.UTF8.GetBytes("1|999999999999999999999|zz")).TrimEnd('='),
        "cursor=" + Convert.ToBase64String(Encoding.UTF8.GetBytes("1|-1|00000000000000000000000000000000")).TrimEnd('='),
        "cursor=" + Convert.ToBase64String(Encoding.UTF8.GetBytes("1|3155378975999999999|00000000000000000000000000000000|x")).TrimEnd('='),
        "cursor=" + new string('A', 10_000),
        "cursor=%%%",
        "cursor=",
    };

    [Theory]
    [MemberData(nameof(JunkPaging))]
    [InlineData("submittedFrom=notadate")]
    [InlineData("submittedFrom=9999-99-99")]
    [InlineData("submittedTo=2026-13-45T25:61:00Z")]
    public async Task A_junk_query_value_on_the_search_is_a_400(string query)
    {
        foreach (var key in new[] { DemoKey.DeclarantA, DemoKey.BranchOfficer })
        {
            await (await app.As(key).GetAsync($"{Declarations}?{query}")).ShouldBeCleanProblemAsync(400);
        }
    }

    [Fact]
    public async Task A_number_in_quotes_is_refused_not_guessed()
    {
        var body = Bodies.ValidSubmission();
        body["goods"]![0]!["grossWeightKg"] = "24500";

        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(body)).ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);

        Assert.Equal([("/goods/0/grossWeightKg", "body.malformed")], problem.Errors());
    }

    [Fact]
    public async Task An_unparseable_if_match_on_an_amendment_is_412_and_a_missing_one_428()
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        foreach (var (ifMatch, status) in new[] { ("garbage", 412), ("\"2\"", 412), (null, 428) })
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"{Declarations}/{created.Id()}") { Content = Json(Bodies.ValidSubmission().ToJsonString()) };
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            await (await app.As(DemoKey.DeclarantA).SendAsync(request)).ShouldBeCleanProblemAsync(status);
        }
        await ShouldBeUnchangedAsync(created);
    }

    [Theory]
    [MemberData(nameof(JunkPaging))]
    [InlineData("channel=purple")]
    [InlineData("channel=1")]
    [InlineData("direction=sideways")]
    [InlineData("arrivalFrom=yesterday")]
    [InlineData("arrivalTo=2026-13-45T25:61:00Z")]
    public async Task A_junk_query_value_on_the_queue_is_a_400(string query)
    {
        await (await app.As(DemoKey.HuuNghiOfficer).GetAsync($"/api/v1/units/HUU_NGHI/queue?{query}")).ShouldBeCleanProblemAsync(400);
    }

    [Theory]
    [InlineData("/api/v1/statistics/dwell-times?from=notadate")]
    [InlineData("/api/v1/statistics/dwell-times?from=2026-11-23&to=2020-01-01")]
    [InlineData("/api/v1/statistics/dwell-times?gate=%00")]
    [InlineData("/api/v1/statistics/dwell-times?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/v1/units?on=notadate")]
    [InlineData("/api/v1/units?on=9999-12-31")]
    [InlineData("/api/v1/units?on=0001-01-01")]
    [InlineData("/api/v1/units/HUU_NGHI?on=2026-02-30")]
    [InlineData("/api/v1/border-gates?on=%E2%80%AE")]
    [InlineData("/api/v1/declarations?plateNumber=%00%E2%80%AE")]
    [InlineData("/api/v1/declarations?referenceNumber=" + "99999999999999999999999")]
    [InlineData("/api/v1/declarations?borderGateCode='%20OR%201=1--")]
    [InlineData("/api/v1/declarations?limit=1&limit=2")]
    public async Task Odd_query_values_elsewhere_never_fail_on_our_side(string url)
    {
        await (await app.As(DemoKey.BranchOfficer).GetAsync(url)).ShouldNotFailOnOurSideAsync();
    }

    // ---- Headers ----

    [Fact]
    public async Task A_10000_character_api_key_is_a_401()
    {
        await ShouldRefuseWithoutChangeAsync(() => app.ClientWithKey(new string('k', 10_000)).PostSubmissionAsync(Bodies.ValidSubmission()), 401);
        await (await app.ClientWithKey(new string('k', 10_000)).GetAsync(Declarations)).ShouldBeCleanProblemAsync(401);
    }

    [Fact]
    public async Task Two_api_key_headers_are_a_401_even_when_both_are_valid()
    {
        var client = app.ClientWithKey(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", [DemoKey.DeclarantA.Secret, DemoKey.DeclarantA.Secret]);

        await ShouldRefuseWithoutChangeAsync(() => client.PostSubmissionAsync(Bodies.ValidSubmission()), 401);
        await (await client.GetAsync(Declarations)).ShouldBeCleanProblemAsync(401);
    }

    [Theory]
    [InlineData("with spaces in it")]
    [InlineData("tab\there")]
    [InlineData("ünïcödé")]
    public async Task An_idempotency_key_with_spaces_or_other_characters_is_a_400(string key)
    {
        var problem = await ShouldRefuseWithoutChangeAsync(() => PostWithHeaderAsync("Idempotency-Key", key), 400);

        Assert.Contains(problem.Errors(), error => error.Code == "idempotencyKey.invalid");
    }

    [Fact]
    public async Task A_300_character_idempotency_key_is_a_400()
    {
        var problem = await ShouldRefuseWithoutChangeAsync(() => PostWithHeaderAsync("Idempotency-Key", new string('k', 300)), 400);

        Assert.Contains(problem.Errors(), error => error.Code == "idempotencyKey.invalid");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("\"1")]
    [InlineData("W/\"1\"")]
    [InlineData("\"999999999999999999999\"")]
    [InlineData(",,,")]
    [InlineData("\"\"")]
    public async Task A_garbage_if_match_on_a_transition_is_refused_and_the_declaration_is_unchanged(string ifMatch)
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());

        await (await app.As(DemoKey.HuuNghiOfficer).TransitionAsync(created.Id(), new { action = "confirmArrival" }, ifMatch)).ShouldBeCleanProblemAsync(412);

        await ShouldBeUnchangedAsync(created);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData(",,,")]
    public async Task A_garbage_if_match_on_an_amendment_is_refused_and_the_declaration_is_unchanged(string ifMatch)
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Declarations}/{created.Id()}") { Content = JsonContent.Create(Bodies.ValidSubmission(plate: "29C-999.99")) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var problem = await (await app.As(DemoKey.DeclarantA).SendAsync(request)).ShouldBeCleanProblemAsync();

        // An If-Match that is not an entity tag reads as no If-Match at all: 428, as a stale one would be 412.
        Assert.Contains(problem.GetProperty("status").GetInt32(), new[] { 412, 428 });
        await ShouldBeUnchangedAsync(created);
    }

    [Theory]
    [InlineData("%%%;q=abc,,;")]
    [InlineData("vi;q=2,en;q=-1")]
    [InlineData(";;;,,,")]
    [InlineData("vi-VN-x-\u00E9")]
    public async Task A_junk_accept_language_still_gets_a_clean_problem(string acceptLanguage)
    {
        var problem = await ShouldRefuseWithoutChangeAsync(
            () => PostWithHeaderAsync("Accept-Language", acceptLanguage, Bodies.ValidSubmission(plate: "not a plate").ToJsonString()), 400);

        Assert.Contains(("/vehicle/plateNumber", "plate.invalid"), problem.Errors());
        await (await SendWithHeaderAsync(HttpMethod.Get, $"{Declarations}?limit=abc", "Accept-Language", acceptLanguage)).ShouldBeCleanProblemAsync(400);
        await (await SendWithHeaderAsync(HttpMethod.Get, "/api/v1/nowhere", "Accept-Language", acceptLanguage)).ShouldBeCleanProblemAsync(404);
    }

    // ---- Methods ----

    [Theory]
    [InlineData("BREW", Declarations)]
    [InlineData("PATCH", Declarations)]
    [InlineData("DELETE", Declarations)]
    [InlineData("PATCH", "/api/v1/declarations/00000000-0000-0000-0000-000000000000")]
    [InlineData("DELETE", "/api/v1/declarations/00000000-0000-0000-0000-000000000000")]
    [InlineData("PUT", "/api/v1/declarations/00000000-0000-0000-0000-000000000000/transitions")]
    [InlineData("POST", "/api/v1/units")]
    [InlineData("DELETE", "/api/v1/border-gates")]
    [InlineData("TRACE", "/api/v1/units/HUU_NGHI/queue")]
    public async Task An_unknown_method_on_a_route_is_a_405_problem(string method, string path)
    {
        await ShouldRefuseWithoutChangeAsync(
            () => app.As(DemoKey.DeclarantA).SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Bodies.ValidSubmission()) }), 405);
    }

    [Theory]
    [InlineData(Declarations)]
    [InlineData("/api/v1/declarations/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v1/declarations/00000000-0000-0000-0000-000000000000/history")]
    [InlineData("/api/v1/declarations/00000000-0000-0000-0000-000000000000/transitions")]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/units/HUU_NGHI")]
    [InlineData("/api/v1/units/HUU_NGHI/queue")]
    [InlineData("/api/v1/border-gates")]
    [InlineData("/api/v1/statistics/dwell-times")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Head_and_options_on_a_route_never_fail_on_our_side(string path)
    {
        foreach (var method in new[] { HttpMethod.Head, HttpMethod.Options })
        {
            foreach (var key in new[] { DemoKey.BranchOfficer.Secret, null })
            {
                var response = await app.ClientWithKey(key).SendAsync(new HttpRequestMessage(method, path));
                Assert.True((int)response.StatusCode < 500, $"{method} {path}: {(int)response.StatusCode}");
                HostileAssertions.ShouldNotLeak(await response.Content.ReadAsStringAsync());
            }
        }
    }

    // ---- Helpers ----

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostWithHeaderAsync(string name, string value, string? body = null) =>
        SendWithHeaderAsync(HttpMethod.Post, Declarations, name, value, body ?? Bodies.ValidSubmission().ToJsonString());

    private Task<HttpResponseMessage> SendWithHeaderAsync(HttpMethod method, string path, string name, string value, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = Json(body);
        }
        Assert.True(request.Headers.TryAddWithoutValidation(name, value));
        return app.As(DemoKey.DeclarantA).SendAsync(request);
    }

    /// <summary>Sends the request and asserts a clean 4xx (of the status, if given) and the same number of declarations after it.</summary>
    private Task<JsonElement> ShouldRefuseWithoutChangeAsync(Func<Task<HttpResponseMessage>> send, int? status = null) =>
        ShouldRefuseWithoutChangeAsync(app.As, send, status);

    /// <param name="clientFor">Makes clients for the server the request goes to, to count its declarations.</param>
    private static async Task<JsonElement> ShouldRefuseWithoutChangeAsync(Func<DemoKey, HttpClient> clientFor, Func<Task<HttpResponseMessage>> send, int? status = null)
    {
        var before = await HostileAssertions.CountVisibleAsync(clientFor(DemoKey.BranchOfficer));

        var problem = await (await send()).ShouldBeCleanProblemAsync(status);

        Assert.Equal(before, await HostileAssertions.CountVisibleAsync(clientFor(DemoKey.BranchOfficer)));
        return problem;
    }

    /// <summary>The declaration reads as it did when created: same version, status and content, one history entry.</summary>
    private async Task ShouldBeUnchangedAsync(JsonElement created)
    {
        var response = await app.As(DemoKey.DeclarantA).GetAsync($"{Declarations}/{created.Id()}");
        var now = await response.ReadJsonAsync();
        Assert.Equal(created.GetProperty("version").GetInt32(), now.GetProperty("version").GetInt32());
        Assert.Equal(created.Status(), now.Status());
        Assert.Equal(created.GetProperty("declaration").GetRawText(), now.GetProperty("declaration").GetRawText());
        var history = await (await app.As(DemoKey.DeclarantA).GetAsync($"{Declarations}/{created.Id()}/history")).ReadJsonAsync();
        var entries = history.ValueKind == JsonValueKind.Array ? history : history.GetProperty("items");
        Assert.Equal(1, entries.GetArrayLength());
    }
}
