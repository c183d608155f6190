using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

public sealed class SubmissionTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public SubmissionTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_valid_submission_is_created_with_reference_number_status_and_routing()
    {
        // Sent by hand: the test checks the Location header, which the typed client hides.
        var response = await app.As(DemoKey.DeclarantA).PostAsJsonAsync("/api/v1/declarations", Drafts.Valid(), JsonSerializerOptions.Web);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsAsync<DeclarationResponse>();
        Assert.Equal($"/api/v1/declarations/{body.Id}", response.Headers.Location?.ToString());
        Assert.Matches(@"^261123\d{7}$", body.ReferenceNumber);
        Assert.Equal(DeclarationStatus.Submitted, body.Status);
        Assert.Equal(1, body.Version);
        Assert.Equal("HUU_NGHI", body.Routing.UnitCode);
        Assert.Equal("HUU_NGHI", body.Routing.GateCode);
        Assert.Equal("gateOwnUnit", body.Routing.Rule);
        Assert.False(string.IsNullOrWhiteSpace(body.Routing.Reason));
        Assert.False(string.IsNullOrWhiteSpace(body.Routing.ReasonVi));
    }

    [Fact]
    public async Task The_stored_declaration_is_normalised()
    {
        var draft = Drafts.Valid(plate: "12c 123.45");
        draft.Vehicle!.ContainerNumbers = ["csqu 305438 3"];

        var created = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft);

        var declaration = created.Declaration;
        Assert.Equal("12C12345", declaration.Vehicle.PlateNumber);
        Assert.Equal("CSQU3054383", declaration.Vehicle.ContainerNumbers[0]);
        Assert.Equal(VehicleNationality.VN, declaration.Vehicle.Nationality);
        Assert.Equal(DemoKey.TaxCodeA, declaration.FeePayerTaxCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.FromHours(7)), declaration.ExpectedArrivalAt);
        Assert.Equal(TimeSpan.FromHours(7), declaration.ExpectedArrivalAt.Offset);
    }

    [Fact]
    public async Task A_secondary_gate_is_routed_to_the_unit_that_serves_it()
    {
        var created = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: "PO_NHUNG"));

        Assert.Equal("HUU_NGHI", created.Routing.UnitCode);
        Assert.Equal("PO_NHUNG", created.Routing.GateCode);
        Assert.Equal("gateServedByNeighbour", created.Routing.Rule);
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once_and_nothing_is_stored()
    {
        var draft = Drafts.Valid(taxCode: "0100109107", plate: "12I-123.45");
        draft.Vehicle!.ContainerNumbers = ["CSQU3054384"];
        draft.Goods.ElementAt(0).CustomsDeclarationNumber = "305123456780";
        draft.Goods.ElementAt(1).Items!.ElementAt(0).HsCode = "0810";
        draft.Goods.ElementAt(1).Items!.ElementAt(0).Description = "bad\u0000text";
        var declarant = app.Client(DemoKey.DeclarantA);
        var before = await CountOwnAsync(declarant);

        var problem = await declarant.SubmitDeclarationAsync(draft).ShouldFailWithAsync(HttpStatusCode.BadRequest);

        var errors = problem.Errors();
        Assert.Contains(("/declarantTaxCode", "taxCode.checkDigit"), errors);
        Assert.Contains(("/vehicle/plateNumber", "plate.invalid"), errors);
        Assert.Contains(("/vehicle/containerNumbers/0", "container.checkDigit"), errors);
        Assert.Contains(("/goods/0/customsDeclarationNumber", "customsDeclaration.directionMismatch"), errors);
        Assert.Contains(("/goods/1/items/0/hsCode", "hsCode.format"), errors);
        Assert.Contains(("/goods/1/items/0/description", "text.controlCharacters"), errors);
        Assert.All(problem.Errors!, error =>
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.False(string.IsNullOrWhiteSpace(error.MessageVi));
        });
        Assert.Equal(before, await CountOwnAsync(declarant));
    }

    [Fact]
    public async Task Accept_language_vi_gives_vietnamese_title_and_detail()
    {
        var client = app.Client(DemoKey.DeclarantA);

        var problem = await client.SubmitDeclarationAsync(Drafts.Valid(taxCode: "0100109107"), accept_Language: "vi").ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Yêu cầu không hợp lệ", problem.Title);
        Assert.Equal(problem.Errors![0].MessageVi, problem.Detail);
    }

    [Fact]
    public async Task An_unknown_gate_is_a_validation_error()
    {
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: "NOWHERE")).ShouldFailWithAsync(HttpStatusCode.BadRequest);

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
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: gate)).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/borderGateCode", code)], problem.Errors());
        var alternatives = problem.Alternatives!.Select(a => a.Code).ToList();
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
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB)).ShouldFailWithAsync(HttpStatusCode.Forbidden);

        Assert.Equal([("/declarantTaxCode", "taxCode.outOfScope")], problem.Errors());
    }

    [Fact]
    public async Task Reference_numbers_are_unique_and_consecutive_under_concurrent_submissions()
    {
        var client = app.Client(DemoKey.DeclarantB);
        var created = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(_ => client.SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB))));

        var sequences = created.Select(c => int.Parse(c.ReferenceNumber[6..])).Order().ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(Enumerable.Range(sequences[0], sequences.Count), sequences);
    }

    private static async Task<int> CountOwnAsync(BorderGateClient client) => (await client.SearchDeclarationsAsync(limit: 200)).Items.Count;
}
