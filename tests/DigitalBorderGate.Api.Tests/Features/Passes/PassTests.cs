using System.Net.Http.Headers;

namespace DigitalBorderGate.Api.Tests.Features.Passes;

public sealed class PassTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public PassTests(BorderGateApp app) => this.app = app;

    private static async Task<HttpResponseMessage> GetPassAsync(HttpClient client, string id, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/declarations/{id}/pass");
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }
        return await client.SendAsync(request);
    }

    private Task<HttpResponseMessage> VerifyAsync(string code, DemoKey? key = null) =>
        app.As(key ?? DemoKey.HuuNghiOfficer).PostAsJsonAsync("/api/v1/passes/verify", new { code });

    [Fact]
    public async Task The_QR_on_the_PNG_pass_carries_the_reference_number_and_a_signature_the_gate_verifies()
    {
        var declaration = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-555.01"));
        var reference = declaration.GetProperty("referenceNumber").GetString()!;

        var response = await GetPassAsync(app.As(DemoKey.DeclarantA), declaration.Id());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var code = PassCodes.Decode(await response.Content.ReadAsByteArrayAsync());
        var parts = code.Split('.');
        Assert.Equal(["DBG1", reference], parts[..2]);
        Assert.Equal(22, parts[2].Length);

        var verified = await (await VerifyAsync(code)).ReadJsonAsync();
        Assert.Equal(declaration.Id(), verified.GetProperty("declarationId").GetString());
        Assert.Equal(reference, verified.GetProperty("referenceNumber").GetString());
        Assert.Equal(declaration.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString(), verified.GetProperty("plateNumber").GetString());
    }

    [Fact]
    public async Task A_forged_or_altered_code_is_refused_and_names_no_declaration()
    {
        var declaration = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-555.02"));
        var other = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-555.03"));
        var code = PassCodes.Decode(await (await GetPassAsync(app.As(DemoKey.DeclarantA), declaration.Id())).Content.ReadAsByteArrayAsync());
        var parts = code.Split('.');
        var flipped = (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..];

        string[] forgeries =
        [
            $"DBG1.{other.GetProperty("referenceNumber").GetString()}.{parts[2]}", // another truck's number under this signature
            $"DBG1.{parts[1]}.{flipped}",                                          // the signature altered
            $"DBG1.{parts[1]}",                                                    // no signature
            $"DBG2.{parts[1]}.{parts[2]}",                                         // another scheme
            "not a pass at all",
        ];
        foreach (var forged in forgeries)
        {
            var problem = await (await VerifyAsync(forged)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([("/code", "pass.invalid")], problem.Errors());
        }
        await (await VerifyAsync("")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_pass_is_SVG_by_Accept_and_follows_the_declarations_access_rules()
    {
        var declaration = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-555.04"));
        var id = declaration.Id();

        var svg = await GetPassAsync(app.As(DemoKey.HuuNghiOfficer), id, "image/svg+xml");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var text = await svg.Content.ReadAsStringAsync();
        Assert.Contains(declaration.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString()!, text);
        Assert.Contains("Hữu Nghị", text);
        Assert.Contains(declaration.GetProperty("referenceNumber").GetString()!, text);
        Assert.Equal("image/png", (await GetPassAsync(app.As(DemoKey.DeclarantA), id, "image/*")).Content.Headers.ContentType?.MediaType);
        await (await GetPassAsync(app.As(DemoKey.DeclarantA), id, "application/json")).ShouldBeProblemAsync(HttpStatusCode.NotAcceptable);

        await (await GetPassAsync(app.As(DemoKey.DeclarantB), id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetPassAsync(app.As(DemoKey.TanThanhOfficer), id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var code = PassCodes.Decode(await (await GetPassAsync(app.As(DemoKey.BranchOfficer), id)).Content.ReadAsByteArrayAsync());
        // A genuine pass of another unit's truck opens nothing for this officer.
        await (await VerifyAsync(code, DemoKey.TanThanhOfficer)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pass_signed_under_another_key_does_not_verify()
    {
        using var other = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:Passes:SigningKey"] = Convert.ToBase64String(new byte[32]) });
        var declaration = await other.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        var code = PassCodes.Decode(await (await GetPassAsync(other.As(DemoKey.DeclarantA), declaration.Id())).Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, (await other.As(DemoKey.HuuNghiOfficer).PostAsJsonAsync("/api/v1/passes/verify", new { code })).StatusCode);
        await (await VerifyAsync(code)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}
