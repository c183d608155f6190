using System.Net.Http.Headers;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Passes;

public sealed class PassTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public PassTests(BorderGateApp app) => this.app = app;

    // The pass is fetched by hand: its tests are about Accept and Content-Type, which the typed client neither sets nor shows.
    private static async Task<HttpResponseMessage> GetPassAsync(HttpClient client, Guid id, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/declarations/{id}/pass");
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }
        return await client.SendAsync(request);
    }

    private Task<PassVerification> VerifyAsync(string code, DemoKey? key = null) =>
        app.Client(key ?? DemoKey.HuuNghiOfficer).VerifyPassAsync(new VerifyPassRequest { Code = code });

    [Fact]
    public async Task The_QR_on_the_PNG_pass_carries_the_reference_number_and_a_signature_the_gate_verifies()
    {
        var declaration = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(plate: "12C-555.01"));
        var reference = declaration.ReferenceNumber;

        var response = await GetPassAsync(app.As(DemoKey.DeclarantA), declaration.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var code = PassCodes.Decode(await response.Content.ReadAsByteArrayAsync());
        var parts = code.Split('.');
        Assert.Equal(["DBG1", reference], parts[..2]);
        Assert.Equal(22, parts[2].Length);

        var verified = await VerifyAsync(code);
        Assert.Equal(declaration.Id, verified.DeclarationId);
        Assert.Equal(reference, verified.ReferenceNumber);
        Assert.Equal(declaration.Declaration.Vehicle.PlateNumber, verified.PlateNumber);
    }

    [Fact]
    public async Task A_forged_or_altered_code_is_refused_and_names_no_declaration()
    {
        var declaration = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(plate: "12C-555.02"));
        var other = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(plate: "12C-555.03"));
        var code = PassCodes.Decode(await (await GetPassAsync(app.As(DemoKey.DeclarantA), declaration.Id)).Content.ReadAsByteArrayAsync());
        var parts = code.Split('.');
        var flipped = (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..];

        string[] forgeries =
        [
            $"DBG1.{other.ReferenceNumber}.{parts[2]}", // another truck's number under this signature
            $"DBG1.{parts[1]}.{flipped}",                                          // the signature altered
            $"DBG1.{parts[1]}",                                                    // no signature
            $"DBG2.{parts[1]}.{parts[2]}",                                         // another scheme
            "not a pass at all",
        ];
        foreach (var forged in forgeries)
        {
            var problem = await VerifyAsync(forged).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([("/code", "pass.invalid")], problem.Errors());
        }
        await VerifyAsync("").ShouldFailWithAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_pass_is_SVG_by_Accept_and_follows_the_declarations_access_rules()
    {
        var declaration = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(plate: "12C-555.04"));
        var id = declaration.Id;

        var svg = await GetPassAsync(app.As(DemoKey.HuuNghiOfficer), id, "image/svg+xml");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var text = await svg.Content.ReadAsStringAsync();
        Assert.Contains(declaration.Declaration.Vehicle.PlateNumber, text);
        Assert.Contains("Hữu Nghị", text);
        Assert.Contains(declaration.ReferenceNumber, text);
        Assert.Equal("image/png", (await GetPassAsync(app.As(DemoKey.DeclarantA), id, "image/*")).Content.Headers.ContentType?.MediaType);
        await (await GetPassAsync(app.As(DemoKey.DeclarantA), id, "application/json")).ShouldBeProblemAsync(HttpStatusCode.NotAcceptable);

        await (await GetPassAsync(app.As(DemoKey.DeclarantB), id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetPassAsync(app.As(DemoKey.TanThanhOfficer), id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var code = PassCodes.Decode(await (await GetPassAsync(app.As(DemoKey.BranchOfficer), id)).Content.ReadAsByteArrayAsync());
        // A genuine pass of another unit's truck opens nothing for this officer.
        await VerifyAsync(code, DemoKey.TanThanhOfficer).ShouldFailWithAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pass_signed_under_another_key_does_not_verify()
    {
        using var other = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:Passes:SigningKey"] = Convert.ToBase64String(new byte[32]) });
        var declaration = await other.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        var code = PassCodes.Decode(await (await GetPassAsync(other.As(DemoKey.DeclarantA), declaration.Id)).Content.ReadAsByteArrayAsync());

        Assert.Equal(declaration.Id, (await other.Client(DemoKey.HuuNghiOfficer).VerifyPassAsync(new VerifyPassRequest { Code = code })).DeclarationId);
        await VerifyAsync(code).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
    }
}
