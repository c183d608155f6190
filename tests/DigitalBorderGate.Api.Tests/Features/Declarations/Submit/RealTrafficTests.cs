using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

/// <summary>Trucks that really cross these gates: empty ones, Chinese tractors with semi-trailers, trucks from beyond Guangxi.</summary>
public sealed class RealTrafficTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public RealTrafficTests(BorderGateApp app) => this.app = app;

    private static JsonObject ChineseTractor(string plate, string? trailer, string gate = "HUU_NGHI")
    {
        var body = Bodies.ValidSubmission(gate: gate);
        body["vehicle"] = new JsonObject
        {
            ["plateNumber"] = plate,
            ["nationality"] = "CN",
            ["vehicleClass"] = "VT5",
            ["trailerPlateNumber"] = trailer,
            ["containerNumbers"] = new JsonArray(),
            ["sealNumbers"] = new JsonArray(),
            ["driver"] = new JsonObject { ["fullName"] = "李明", ["phone"] = "+86 138 0013 8000", ["identityNumber"] = "45010219900101123X" },
        };
        return body;
    }

    private static JsonObject EmptyTruck()
    {
        var body = Bodies.ValidSubmission();
        body["direction"] = "export";
        body["loadState"] = "empty";
        body["goods"] = new JsonArray();
        return body;
    }

    private static IReadOnlyList<(string Field, string Code)> Warnings(JsonElement declaration) =>
        [.. declaration.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("field").GetString()!, w.GetProperty("code").GetString()!))];

    [Fact]
    public async Task An_empty_truck_is_declared_without_goods_and_reads_back_empty()
    {
        var declarant = app.As(DemoKey.DeclarantA);

        var created = await declarant.SubmitAsync(EmptyTruck());

        var declaration = created.GetProperty("declaration");
        Assert.Equal("empty", declaration.GetProperty("loadState").GetString());
        Assert.Equal(0, declaration.GetProperty("goods").GetArrayLength());
        Assert.Equal(0, declaration.GetProperty("totalGrossWeightKg").GetDecimal());
        var read = await (await declarant.GetAsync($"/api/v1/declarations/{created.Id()}")).ReadJsonAsync();
        Assert.Equal("empty", read.GetProperty("declaration").GetProperty("loadState").GetString());
    }

    [Fact]
    public async Task A_laden_truck_is_the_default_and_an_empty_one_may_not_carry_goods()
    {
        var declarant = app.As(DemoKey.DeclarantA);
        var ladenWithoutGoods = Bodies.ValidSubmission();
        ladenWithoutGoods["goods"] = new JsonArray();
        var emptyWithGoods = Bodies.ValidSubmission();
        emptyWithGoods["loadState"] = "empty";

        var laden = await declarant.SubmitAsync(Bodies.ValidSubmission());

        Assert.Equal("laden", laden.GetProperty("declaration").GetProperty("loadState").GetString());
        Assert.Equal([("/goods", "goods.required")], (await (await declarant.PostSubmissionAsync(ladenWithoutGoods)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
        Assert.Equal([("/goods", "goods.notAllowedWhenEmpty")], (await (await declarant.PostSubmissionAsync(emptyWithGoods)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Fact]
    public async Task A_chinese_tractor_with_a_gua_semi_trailer_is_accepted_and_found_with_or_without_the_province()
    {
        var declarant = app.As(DemoKey.DeclarantA);

        var created = await declarant.SubmitAsync(ChineseTractor("桂F12345", "桂F·1234挂"));

        var vehicle = created.GetProperty("declaration").GetProperty("vehicle");
        Assert.Equal("桂F12345", vehicle.GetProperty("plateNumber").GetString());
        Assert.Equal("桂F1234挂", vehicle.GetProperty("trailerPlateNumber").GetString());
        Assert.Equal("+8613800138000", vehicle.GetProperty("driver").GetProperty("phone").GetString());
        Assert.Empty(Warnings(created));
        foreach (var typed in new[] { "桂F12345", "F12345", "桂F·12345", "f 123-45" })
        {
            var found = (await (await declarant.GetAsync($"/api/v1/declarations?plateNumber={Uri.EscapeDataString(typed)}")).ReadJsonAsync()).GetProperty("items");
            Assert.Contains(found.EnumerateArray(), item => item.Id() == created.Id());
        }
        var queue = (await (await app.As(DemoKey.HuuNghiOfficer).GetAsync("/api/v1/units/HUU_NGHI/queue?plateNumber=F12345")).ReadJsonAsync()).GetProperty("items");
        var item = Assert.Single(queue.EnumerateArray(), i => i.Id() == created.Id());
        Assert.Equal("桂F12345", item.GetProperty("plateNumber").GetString());
    }

    [Fact]
    public async Task A_tractor_plate_with_gua_or_a_trailer_plate_without_it_is_refused()
    {
        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(ChineseTractor("桂F·1234挂", "桂F12345")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([("/vehicle/plateNumber", "plate.trailerSeriesOnTruck"), ("/vehicle/trailerPlateNumber", "plate.trailerSeries")], problem.Errors());
    }

    [Fact]
    public async Task A_truck_from_beyond_guangxi_is_accepted_with_a_bilingual_warning_that_stays_with_it()
    {
        var declarant = app.As(DemoKey.DeclarantA);

        var created = await declarant.SubmitAsync(ChineseTractor("粤B12345", null));

        Assert.Equal([("/vehicle/plateNumber", "plate.chineseProvince")], Warnings(created));
        var warning = created.GetProperty("warnings")[0];
        Assert.Contains("Guangxi", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Khu tự trị dân tộc Choang Quảng Tây (粤)", warning.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
        Assert.Equal("粤B12345", created.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString());
        var read = await (await declarant.GetAsync($"/api/v1/declarations/{created.Id()}")).ReadJsonAsync();
        Assert.Equal(Warnings(created), Warnings(read));
    }

    [Fact]
    public async Task An_arrival_after_chi_ma_closes_is_a_warning_and_an_amendment_within_the_hours_clears_it()
    {
        var declarant = app.As(DemoKey.DeclarantA);
        var evening = new DateTimeOffset(2026, 11, 24, 21, 30, 0, TimeSpan.FromHours(7));

        var created = await declarant.SubmitAsync(Bodies.ValidSubmission(gate: "CHI_MA", arrival: evening));

        Assert.Equal("submitted", created.Status());
        Assert.Equal([("/expectedArrivalAt", "arrival.outsideOpeningHours")], Warnings(created));
        Assert.Contains("cửa khẩu Chi Ma (từ 07:00 đến 20:00)", created.GetProperty("warnings")[0].GetProperty("messageVi").GetString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{created.Id()}")
        {
            Content = JsonContent.Create(Bodies.ValidSubmission(gate: "CHI_MA", arrival: evening.AddHours(-3))),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var amended = await (await declarant.SendAsync(request)).ReadJsonAsync();
        Assert.Empty(Warnings(amended));
    }

    [Fact]
    public async Task Chi_ma_shows_its_opening_hours()
    {
        var gates = (await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/border-gates")).ReadJsonAsync()).GetProperty("items");

        var chiMa = Assert.Single(gates.EnumerateArray(), gate => gate.GetProperty("code").GetString() == "CHI_MA");
        Assert.Equal("20:00:00", chiMa.GetProperty("openingHours").GetProperty("closes").GetString());
    }

    [Fact]
    public async Task A_branch_tax_code_written_as_vnaccs_prints_it_is_stored_with_the_hyphen()
    {
        var body = Bodies.ValidSubmission();
        body["feePayerTaxCode"] = "0100109106001";

        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(body);

        Assert.Equal("0100109106-001", created.GetProperty("declaration").GetProperty("feePayerTaxCode").GetString());
    }

    [Fact]
    public async Task A_vietnamese_truck_may_not_carry_a_trailer_plate_nor_a_made_up_province()
    {
        var body = Bodies.ValidSubmission(plate: "12R-012.34");
        body["vehicle"]!["driver"]!["identityNumber"] = "000000000000";
        body["vehicle"]!["trailerPlateNumber"] = "00R-012.34";

        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            [("/vehicle/plateNumber", "plate.trailerSeriesOnTruck"), ("/vehicle/trailerPlateNumber", "plate.provinceCode"), ("/vehicle/driver/identityNumber", "identityNumber.provinceCode")],
            problem.Errors());
    }

    [Fact]
    public async Task The_sample_submission_of_the_readme_is_a_durian_export()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "samples", "submission.json")))!.AsObject();
        sample["expectedArrivalAt"] = app.Clock.GetUtcNow().AddDays(1).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz");

        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(sample);

        var declaration = created.GetProperty("declaration");
        Assert.Equal("export", declaration.GetProperty("direction").GetString());
        Assert.StartsWith("3", declaration.GetProperty("goods")[0].GetProperty("customsDeclarationNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("08106000", declaration.GetProperty("goods")[0].GetProperty("items")[0].GetProperty("hsCode").GetString());
        Assert.Empty(Warnings(created));
    }
}
