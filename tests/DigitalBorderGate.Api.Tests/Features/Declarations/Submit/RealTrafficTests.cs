using System.Text.Json.Nodes;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

/// <summary>Trucks that really cross these gates: empty ones, Chinese tractors with semi-trailers, trucks from beyond Guangxi.</summary>
public sealed class RealTrafficTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public RealTrafficTests(BorderGateApp app) => this.app = app;

    private static DeclarationDraft ChineseTractor(string plate, string? trailer, string gate = "HUU_NGHI")
    {
        var draft = Drafts.Valid(gate: gate);
        draft.Vehicle = new VehicleDraft
        {
            PlateNumber = plate,
            Nationality = VehicleNationality.CN,
            VehicleClass = "VT5",
            TrailerPlateNumber = trailer,
            ContainerNumbers = [],
            SealNumbers = [],
            Driver = new DriverDraft { FullName = "李明", Phone = "+86 138 0013 8000", IdentityNumber = "45010219900101123X" },
        };
        return draft;
    }

    private static DeclarationDraft EmptyTruck()
    {
        var draft = Drafts.Valid();
        draft.Direction = Direction.Export;
        draft.LoadState = "empty";
        draft.Goods = [];
        return draft;
    }

    private static IReadOnlyList<(string Field, string Code)> Warnings(DeclarationResponse declaration) =>
        [.. declaration.Warnings.Select(w => (w.Field, w.Code))];

    [Fact]
    public async Task An_empty_truck_is_declared_without_goods_and_reads_back_empty()
    {
        var declarant = app.Client(DemoKey.DeclarantA);

        var created = await declarant.SubmitDeclarationAsync(EmptyTruck());

        var declaration = created.Declaration;
        Assert.Equal(LoadState.Empty, declaration.LoadState);
        Assert.Empty(declaration.Goods);
        Assert.Equal(0d, declaration.TotalGrossWeightKg);
        var read = await declarant.GetDeclarationAsync(created.Id);
        Assert.Equal(LoadState.Empty, read.Declaration.LoadState);
    }

    [Fact]
    public async Task A_laden_truck_is_the_default_and_an_empty_one_may_not_carry_goods()
    {
        var declarant = app.Client(DemoKey.DeclarantA);
        var ladenWithoutGoods = Drafts.Valid();
        ladenWithoutGoods.Goods = [];
        var emptyWithGoods = Drafts.Valid();
        emptyWithGoods.LoadState = "empty";

        var laden = await declarant.SubmitDeclarationAsync(Drafts.Valid());

        Assert.Equal(LoadState.Laden, laden.Declaration.LoadState);
        Assert.Equal([("/goods", "goods.required")], (await declarant.SubmitDeclarationAsync(ladenWithoutGoods).ShouldFailWithAsync(HttpStatusCode.BadRequest)).Errors());
        Assert.Equal([("/goods", "goods.notAllowedWhenEmpty")], (await declarant.SubmitDeclarationAsync(emptyWithGoods).ShouldFailWithAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Fact]
    public async Task A_chinese_tractor_with_a_gua_semi_trailer_is_accepted_and_found_with_or_without_the_province()
    {
        var declarant = app.Client(DemoKey.DeclarantA);

        var created = await declarant.SubmitDeclarationAsync(ChineseTractor("桂F12345", "桂F·1234挂"));

        var vehicle = created.Declaration.Vehicle;
        Assert.Equal("桂F12345", vehicle.PlateNumber);
        Assert.Equal("桂F1234挂", vehicle.TrailerPlateNumber);
        Assert.Equal("+8613800138000", vehicle.Driver.Phone);
        Assert.Empty(Warnings(created));
        foreach (var typed in new[] { "桂F12345", "F12345", "桂F·12345", "f 123-45" })
        {
            var found = await declarant.SearchDeclarationsAsync(plateNumber: typed);
            Assert.Contains(found.Items, item => item.Id == created.Id);
        }
        var queue = await app.Client(DemoKey.HuuNghiOfficer).GetUnitQueueAsync("HUU_NGHI", plateNumber: "F12345");
        var item = Assert.Single(queue.Items, i => i.Id == created.Id);
        Assert.Equal("桂F12345", item.PlateNumber);
    }

    [Fact]
    public async Task A_tractor_plate_with_gua_or_a_trailer_plate_without_it_is_refused()
    {
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(ChineseTractor("桂F·1234挂", "桂F12345"))
            .ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal([("/vehicle/plateNumber", "plate.trailerSeriesOnTruck"), ("/vehicle/trailerPlateNumber", "plate.trailerSeries")], problem.Errors());
    }

    [Fact]
    public async Task A_truck_from_beyond_guangxi_is_accepted_with_a_bilingual_warning_that_stays_with_it()
    {
        var declarant = app.Client(DemoKey.DeclarantA);

        var created = await declarant.SubmitDeclarationAsync(ChineseTractor("粤B12345", null));

        Assert.Equal([("/vehicle/plateNumber", "plate.chineseProvince")], Warnings(created));
        var warning = created.Warnings[0];
        Assert.Contains("Guangxi", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Khu tự trị dân tộc Choang Quảng Tây (粤)", warning.MessageVi, StringComparison.Ordinal);
        Assert.Equal("粤B12345", created.Declaration.Vehicle.PlateNumber);
        var read = await declarant.GetDeclarationAsync(created.Id);
        Assert.Equal(Warnings(created), Warnings(read));
    }

    [Fact]
    public async Task An_arrival_after_chi_ma_closes_is_a_warning_and_an_amendment_within_the_hours_clears_it()
    {
        var declarant = app.Client(DemoKey.DeclarantA);
        var evening = new DateTimeOffset(2026, 11, 24, 21, 30, 0, TimeSpan.FromHours(7));

        var created = await declarant.SubmitDeclarationAsync(Drafts.Valid(gate: "CHI_MA", arrival: evening));

        Assert.Equal(DeclarationStatus.Submitted, created.Status);
        Assert.Equal([("/expectedArrivalAt", "arrival.outsideOpeningHours")], Warnings(created));
        Assert.Contains("cửa khẩu Chi Ma (từ 07:00 đến 20:00)", created.Warnings[0].MessageVi, StringComparison.Ordinal);
        var amended = await declarant.AmendDeclarationAsync(created.Id, TypedClient.ETag(1), Drafts.Valid(gate: "CHI_MA", arrival: evening.AddHours(-3)));
        Assert.Empty(Warnings(amended));
    }

    [Fact]
    public async Task Chi_ma_shows_its_opening_hours()
    {
        var gates = await app.Client(DemoKey.DeclarantA).ListBorderGatesAsync();

        var chiMa = Assert.Single(gates.Items, gate => gate.Code == "CHI_MA");
        Assert.Equal(TimeSpan.FromHours(20), chiMa.OpeningHours!.Closes);
    }

    [Fact]
    public async Task A_branch_tax_code_written_as_vnaccs_prints_it_is_stored_with_the_hyphen()
    {
        var draft = Drafts.Valid();
        draft.FeePayerTaxCode = "0100109106001";

        var created = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft);

        Assert.Equal("0100109106-001", created.Declaration.FeePayerTaxCode);
    }

    [Fact]
    public async Task A_vietnamese_truck_may_not_carry_a_trailer_plate_nor_a_made_up_province()
    {
        var draft = Drafts.Valid(plate: "12R-012.34");
        draft.Vehicle!.Driver!.IdentityNumber = "000000000000";
        draft.Vehicle.TrailerPlateNumber = "00R-012.34";

        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft).ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            [("/vehicle/plateNumber", "plate.trailerSeriesOnTruck"), ("/vehicle/trailerPlateNumber", "plate.provinceCode"), ("/vehicle/driver/identityNumber", "identityNumber.provinceCode")],
            problem.Errors());
    }

    [Fact]
    public async Task The_sample_submission_of_the_readme_is_a_durian_export()
    {
        // The README's file is sent as it is, byte for byte but its date, so the check covers what a reader would copy.
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "samples", "submission.json")))!.AsObject();
        sample["expectedArrivalAt"] = app.Clock.GetUtcNow().AddDays(1).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz");

        var response = await app.As(DemoKey.DeclarantA).PostSubmissionAsync(sample);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsAsync<DeclarationResponse>();
        var declaration = created.Declaration;
        Assert.Equal(Direction.Export, declaration.Direction);
        Assert.StartsWith("3", declaration.Goods[0].CustomsDeclarationNumber, StringComparison.Ordinal);
        Assert.Equal("08106000", declaration.Goods[0].Items[0].HsCode);
        Assert.Empty(Warnings(created));
    }
}
