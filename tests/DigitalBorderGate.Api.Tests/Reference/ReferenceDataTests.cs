using System.Net;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Reference;

public sealed class ReferenceDataTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ReferenceDataTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Units_lists_the_17_units_with_the_gates_each_serves()
    {
        var units = (await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/units")).ReadJsonAsync()).GetProperty("items");

        Assert.Equal(17, units.GetArrayLength());
        var tanThanh = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "TAN_THANH");
        Assert.Equal(["BINH_NGHI", "NA_HINH", "NA_NUA", "TAN_THANH"], tanThanh.GetProperty("gates").EnumerateArray().Select(g => g.GetProperty("code").GetString()).Order());
        var controlTeam = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "CONTROL_LS");
        Assert.True(controlTeam.GetProperty("acceptsReferrals").GetBoolean());
        Assert.Equal(0, controlTeam.GetProperty("gates").GetArrayLength());
    }

    [Fact]
    public async Task One_unit_by_code_and_an_unknown_code_is_404()
    {
        var client = app.As(DemoKey.HuuNghiOfficer);

        var unit = await (await client.GetAsync("/api/v1/units/ta_lung")).ReadJsonAsync();
        Assert.Equal("TA_LUNG", unit.GetProperty("code").GetString());
        await (await client.GetAsync("/api/v1/units/NOPE")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Border_gates_lists_22_gates_with_state_and_serving_unit()
    {
        var gates = (await (await app.As(DemoKey.Admin).GetAsync("/api/v1/border-gates")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(22, gates.Count);
        Assert.Equal(11, gates.Count(g => g.GetProperty("province").GetString() == "Lạng Sơn"));
        string StateOf(string code) => gates.Single(g => g.GetProperty("code").GetString() == code).GetProperty("state").GetString()!;
        Assert.Equal("suspended", StateOf("LY_VAN"));
        Assert.Equal("notOpenForGoods", StateOf("PO_PEO"));
        Assert.Equal("planned", StateOf("BAN_KHOONG"));
        Assert.Equal("open", StateOf("HUU_NGHI"));
        var naLan = gates.Single(g => g.GetProperty("code").GetString() == "NA_LAN");
        Assert.Equal("TA_LUNG", naLan.GetProperty("servingUnitCode").GetString());
        Assert.Equal("rail", gates.Single(g => g.GetProperty("code").GetString() == "DONG_DANG_RAIL").GetProperty("mode").GetString());
    }
}
