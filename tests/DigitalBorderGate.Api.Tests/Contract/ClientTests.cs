using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>
/// Every operation called through the client generated from api-specs/openapi.json: if the API stops answering
/// what the contract says, these fail.
/// </summary>
public sealed class ClientTests(BorderGateApp app) : IClassFixture<BorderGateApp>
{
    private BorderGateClient ClientFor(DemoKey key) => new(app.As(key));

    private static DeclarationDraft Submission(string gate = "HUU_NGHI", string plate = "12C-123.45") => Drafts.Valid(gate: gate, plate: plate);

    private static string ETag(int version) => $"\"{version}\"";

    [Fact]
    public async Task An_empty_chinese_tractor_from_beyond_guangxi_comes_back_empty_with_its_warning_through_the_client()
    {
        var draft = Submission(plate: "粤B·12345");
        draft.Direction = Direction.Export;
        draft.LoadState = "empty";
        draft.Goods = [];
        var vehicle = draft.Vehicle!;
        vehicle.Nationality = VehicleNationality.CN;
        vehicle.VehicleClass = "VT5";
        vehicle.TrailerPlateNumber = "粤B·1234挂";
        vehicle.ContainerNumbers = [];
        vehicle.Driver = new DriverDraft { FullName = "李明", Phone = "+8613800138000", IdentityNumber = "44030119900101123X" };

        var submitted = await ClientFor(DemoKey.DeclarantA).SubmitDeclarationAsync(draft, idempotency_Key: Guid.NewGuid().ToString());

        Assert.Equal(LoadState.Empty, submitted.Declaration.LoadState);
        Assert.Empty(submitted.Declaration.Goods);
        Assert.Equal(("粤B12345", "粤B1234挂"), (submitted.Declaration.Vehicle.PlateNumber, submitted.Declaration.Vehicle.TrailerPlateNumber));
        Assert.Equal(["plate.chineseProvince", "plate.chineseProvince"], submitted.Warnings.Select(w => w.Code));
        Assert.Equal(["/vehicle/plateNumber", "/vehicle/trailerPlateNumber"], submitted.Warnings.Select(w => w.Field));
    }

    [Fact]
    public async Task A_declaration_goes_from_submission_to_exit_through_the_client()
    {
        var declarant = ClientFor(DemoKey.DeclarantA);
        var officer = ClientFor(DemoKey.HuuNghiOfficer);

        var submitted = await declarant.SubmitDeclarationAsync(Submission(plate: "12C-555.01"), idempotency_Key: Guid.NewGuid().ToString());
        Assert.Equal(DeclarationStatus.Submitted, submitted.Status);
        Assert.Matches("^[0-9]{13}$", submitted.ReferenceNumber);
        Assert.Equal("HUU_NGHI", submitted.Routing.GateCode);
        // The 201 names the version it created, so the declarant can amend at once without reading it back.
        var createdTag = declarant.LastETag;
        Assert.Equal(ETag(submitted.Version), createdTag);

        var found = await officer.SearchDeclarationsAsync(referenceNumber: submitted.ReferenceNumber);
        Assert.Equal([submitted.Id], found.Items.Select(d => d.Id));

        var amendment = Submission(plate: "12C-555.02");
        amendment.ContactPhone = "+84911111111";
        var amended = await declarant.AmendDeclarationAsync(submitted.Id, createdTag!, amendment);
        Assert.Equal(submitted.Version + 1, amended.Version);

        var read = await officer.GetDeclarationAsync(submitted.Id);
        Assert.Equal("+84911111111", read.Declaration.ContactPhone);
        // The goods group declared without a number gets it linked by the declarant before clearance.
        var linked = await declarant.ApplyTransitionAsync(amended.Id,
            new ApplyTransitionRequest { Action = DeclarationAction.LinkCustomsDeclaration, GoodsIndex = 1, CustomsDeclarationNumber = "105123456791" },
            if_Match: declarant.LastETag);
        Assert.Equal("105123456791", linked.Clearance.Goods.ElementAt(1).CustomsDeclarationNumber);
        var current = await officer.GetDeclarationAsync(submitted.Id);
        foreach (var step in new ApplyTransitionRequest[]
        {
            new() { Action = DeclarationAction.ConfirmArrival },
            new() { Action = DeclarationAction.ConfirmYardEntry },
            new()
            {
                Action = DeclarationAction.StartInspection, Channel = ApplyTransitionRequestChannel.Green,
                Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired, FeePaid = true },
            },
            new() { Action = DeclarationAction.Clear },
            new() { Action = DeclarationAction.ConfirmExit, Note = "Left at the gate." },
        })
        {
            // Each answer's ETag is the If-Match of the next action.
            current = await officer.ApplyTransitionAsync(current.Id, step, if_Match: officer.LastETag);
            Assert.Equal(ETag(current.Version), officer.LastETag);
        }
        Assert.Equal(DeclarationStatus.Exited, current.Status);

        var history = await declarant.GetDeclarationHistoryAsync(submitted.Id);
        Assert.Equal(["submit", "amend", "linkCustomsDeclaration", "confirmArrival", "confirmYardEntry", "startInspection", "clear", "confirmExit"], history.Items.Select(h => h.Action));
        Assert.Null(history.Items[0].FromStatus);
        Assert.Equal(DeclarationStatus.Exited, history.Items[^1].ToStatus);
    }

    [Fact]
    public async Task Reference_data_queue_and_dwell_times_read_through_the_client()
    {
        var officer = ClientFor(DemoKey.HuuNghiOfficer);
        var submitted = await ClientFor(DemoKey.DeclarantA).SubmitDeclarationAsync(Submission(plate: "12C-555.03"));

        var units = await officer.ListUnitsAsync();
        Assert.Contains(units.Items, u => u.Code == submitted.Routing.UnitCode);
        var unit = await officer.GetUnitAsync(submitted.Routing.UnitCode, on: new DateOnly(2026, 11, 23));
        Assert.Equal(submitted.Routing.UnitCode, unit.Code);

        var queue = await officer.GetUnitQueueAsync(submitted.Routing.UnitCode, status: DeclarationStatus.Submitted, direction: Direction.Import, limit: 10);
        Assert.Contains(queue.Items, i => i.Id == submitted.Id);
        Assert.True(queue.Counts["submitted"] >= 1);

        var gates = await officer.ListBorderGatesAsync();
        Assert.Contains(gates.Items, g => g.Code == "HUU_NGHI" && g.AcceptsGoods);

        var dwell = await officer.GetDwellTimesAsync(gate: "HUU_NGHI");
        Assert.Equal(["HUU_NGHI"], dwell.Gates.Select(g => g.GateCode));
    }

    [Fact]
    public async Task Api_keys_are_issued_listed_and_revoked_through_the_client()
    {
        var admin = ClientFor(DemoKey.Admin);

        var issued = await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = PrincipalRole.Officer, Scope = ["HUU_NGHI"], Label = "Contract test officer" });
        Assert.StartsWith("dbg_", issued.Key, StringComparison.Ordinal);

        var listed = await admin.ListApiKeysAsync(limit: 200);
        Assert.Contains(listed.Items, k => k.Id == issued.Id && k.RevokedAt is null);

        await admin.RevokeApiKeyAsync(issued.Id);
        var revoked = new BorderGateClient(app.ClientWithKey(issued.Key));
        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() => revoked.ListBorderGatesAsync());
        Assert.Equal(401, problem.StatusCode);
    }

    [Fact]
    public async Task A_validation_failure_is_a_typed_problem_with_every_error()
    {
        var draft = Submission();
        draft.Vehicle!.PlateNumber = "not a plate";
        draft.ContactPhone = "call me";

        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() => ClientFor(DemoKey.DeclarantA).SubmitDeclarationAsync(draft));

        Assert.Equal(400, problem.StatusCode);
        Assert.Equal(400, problem.Result.Status);
        Assert.Contains(problem.Result.Errors!, e => e.Field == "/vehicle/plateNumber");
        Assert.Contains(problem.Result.Errors!, e => e.Field == "/contactPhone");
        Assert.All(problem.Result.Errors!, e => Assert.False(string.IsNullOrEmpty(e.MessageVi)));
    }

    [Fact]
    public async Task An_unknown_declaration_is_a_typed_404()
    {
        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() => ClientFor(DemoKey.DeclarantA).GetDeclarationAsync(Guid.NewGuid()));

        Assert.Equal(404, problem.StatusCode);
        Assert.Equal("urn:bordergate:problem:not-found", problem.Result.Type);
        Assert.False(string.IsNullOrEmpty(problem.Result.TraceId));
    }

    [Fact]
    public async Task An_action_the_status_does_not_allow_is_a_typed_409_with_the_allowed_actions()
    {
        var submitted = await ClientFor(DemoKey.DeclarantA).SubmitDeclarationAsync(Submission(plate: "12C-555.04"));

        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() =>
            ClientFor(DemoKey.HuuNghiOfficer).ApplyTransitionAsync(submitted.Id, new ApplyTransitionRequest { Action = DeclarationAction.Clear }));

        Assert.Equal(409, problem.StatusCode);
        Assert.Contains("confirmArrival", problem.Result.AllowedActions!);
    }

    [Fact]
    public async Task A_stale_if_match_is_a_typed_412()
    {
        var declarant = ClientFor(DemoKey.DeclarantA);
        var submitted = await declarant.SubmitDeclarationAsync(Submission(plate: "12C-555.05"));

        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() =>
            declarant.AmendDeclarationAsync(submitted.Id, ETag(submitted.Version + 5), Submission(plate: "12C-555.05")));

        Assert.Equal(412, problem.StatusCode);
    }

    [Fact]
    public async Task A_gate_that_cannot_take_the_truck_is_a_typed_422_with_alternatives()
    {
        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() =>
            ClientFor(DemoKey.DeclarantA).SubmitDeclarationAsync(Submission(gate: "LY_VAN")));

        Assert.Equal(422, problem.StatusCode);
        Assert.Equal(["/borderGateCode"], problem.Result.Errors!.Select(e => e.Field));
        Assert.NotEmpty(problem.Result.Alternatives!);
        Assert.DoesNotContain(problem.Result.Alternatives!, a => a.Code == "LY_VAN");
    }

    [Fact]
    public async Task Accept_language_vi_makes_the_problem_vietnamese()
    {
        var problem = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() =>
            ClientFor(DemoKey.DeclarantA).GetDeclarationAsync(Guid.NewGuid(), accept_Language: "vi"));

        Assert.Equal("Không tìm thấy", problem.Result.Title);
    }
}
