using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

public sealed class SubmissionTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public SubmissionTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_valid_submission_is_created_with_reference_number_status_and_routing()
    {
        var response = await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/declarations/{id}", response.Headers.Location?.ToString());
        Assert.Matches(@"^261123\d{7}$", body.GetProperty("referenceNumber").GetString());
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        var routing = body.GetProperty("routing");
        Assert.Equal("HUU_NGHI", routing.GetProperty("unitCode").GetString());
        Assert.Equal("HUU_NGHI", routing.GetProperty("gateCode").GetString());
        Assert.Equal("gateOwnUnit", routing.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(routing.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(routing.GetProperty("reasonVi").GetString()));
    }

    [Fact]
    public async Task The_stored_declaration_is_normalised()
    {
        var body = Bodies.ValidSubmission(plate: "12c 123.45");
        body["vehicle"]!["containerNumbers"] = new JsonArray("csqu 305438 3");

        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(body);

        var declaration = created.GetProperty("declaration");
        Assert.Equal("12C12345", declaration.GetProperty("vehicle").GetProperty("plateNumber").GetString());
        Assert.Equal("CSQU3054383", declaration.GetProperty("vehicle").GetProperty("containerNumbers")[0].GetString());
        Assert.Equal("VN", declaration.GetProperty("vehicle").GetProperty("nationality").GetString());
        Assert.Equal(DemoKey.TaxCodeA, declaration.GetProperty("feePayerTaxCode").GetString());
        Assert.Equal("2026-11-24T06:00:00+07:00", declaration.GetProperty("expectedArrivalAt").GetString());
    }

    [Fact]
    public async Task A_secondary_gate_is_routed_to_the_unit_that_serves_it()
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(gate: "PO_NHUNG"));

        var routing = created.GetProperty("routing");
        Assert.Equal("HUU_NGHI", routing.GetProperty("unitCode").GetString());
        Assert.Equal("PO_NHUNG", routing.GetProperty("gateCode").GetString());
        Assert.Equal("gateServedByNeighbour", routing.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once_and_nothing_is_stored()
    {
        var body = Bodies.ValidSubmission(taxCode: "0100109107", plate: "12I-123.45");
        body["vehicle"]!["containerNumbers"] = new JsonArray("CSQU3054384");
        body["goods"]![0]!["customsDeclarationNumber"] = "305123456780";
        body["goods"]![1]!["items"]![0]!["hsCode"] = "0810";
        body["goods"]![1]!["items"]![0]!["description"] = "bad\u0000text";
        var declarant = app.As(DemoKey.DeclarantA);
        var before = await CountOwnAsync(declarant);

        var problem = await (await declarant.PostSubmissionAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.Errors();
        Assert.Contains(("/declarantTaxCode", "taxCode.checkDigit"), errors);
        Assert.Contains(("/vehicle/plateNumber", "plate.invalid"), errors);
        Assert.Contains(("/vehicle/containerNumbers/0", "container.checkDigit"), errors);
        Assert.Contains(("/goods/0/customsDeclarationNumber", "customsDeclaration.directionMismatch"), errors);
        Assert.Contains(("/goods/1/items/0/hsCode", "hsCode.format"), errors);
        Assert.Contains(("/goods/1/items/0/description", "text.controlCharacters"), errors);
        Assert.All(problem.GetProperty("errors").EnumerateArray(), error =>
        {
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("messageVi").GetString()));
        });
        Assert.Equal(before, await CountOwnAsync(declarant));
    }

    [Fact]
    public async Task Accept_language_vi_gives_vietnamese_title_and_detail()
    {
        var client = app.ClientWithKey(DemoKey.DeclarantA.Secret, language: "vi");

        var problem = await (await client.PostSubmissionAsync(Bodies.ValidSubmission(taxCode: "0100109107"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal(problem.GetProperty("errors")[0].GetProperty("messageVi").GetString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_gate_is_a_validation_error()
    {
        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission(gate: "NOWHERE"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(("/borderGateCode", "borderGate.unknown"), problem.Errors());
    }

    [Theory]
    [InlineData("LY_VAN", "borderGate.suspended")]
    [InlineData("PO_PEO", "borderGate.notOpenForGoods")]
    [InlineData("BAN_KHOONG", "borderGate.planned")]
    [InlineData("TA_LUNG_II", "borderGate.planned")]
    [InlineData("DONG_DANG_RAIL", "borderGate.wrongMode")]
    public async Task A_gate_that_cannot_take_the_truck_is_refused_with_the_reason_and_open_alternatives(string gate, string code)
    {
        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission(gate: gate))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/borderGateCode", code)], problem.Errors());
        var alternatives = problem.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.NotEmpty(alternatives);
        Assert.DoesNotContain(gate, alternatives);
        Assert.DoesNotContain("LY_VAN", alternatives);
        Assert.DoesNotContain("PO_PEO", alternatives);
    }

    [Fact]
    public async Task Malformed_json_is_a_clear_400()
    {
        var client = app.As(DemoKey.DeclarantA);
        var response = await client.PostAsync("/api/v1/declarations", new StringContent("{\"direction\": \"import\", ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("body.malformed", problem.Errors()[0].Code);
    }

    [Fact]
    public async Task A_wrong_type_is_reported_at_its_json_pointer()
    {
        var body = Bodies.ValidSubmission();
        body["goods"]![1]!["grossWeightKg"] = "heavy";

        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([("/goods/1/grossWeightKg", "body.malformed")], problem.Errors());
    }

    [Fact]
    public async Task An_unknown_field_is_refused_rather_than_silently_dropped()
    {
        var body = Bodies.ValidSubmission();
        body["vehicle"]!["plateNo"] = "12C12345";

        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("body.malformed", problem.Errors()[0].Code);
    }

    [Fact]
    public async Task A_declarant_cannot_declare_for_another_enterprise()
    {
        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal([("/declarantTaxCode", "taxCode.outOfScope")], problem.Errors());
    }

    [Fact]
    public async Task Reference_numbers_are_unique_and_consecutive_under_concurrent_submissions()
    {
        var client = app.As(DemoKey.DeclarantB);
        var created = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(_ => client.SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB))));

        var sequences = created.Select(c => int.Parse(c.GetProperty("referenceNumber").GetString()![6..])).Order().ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(Enumerable.Range(sequences[0], sequences.Count), sequences);
    }

    private static async Task<int> CountOwnAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/declarations?limit=200")).ReadJsonAsync();
        return page.GetProperty("items").GetArrayLength();
    }
}
