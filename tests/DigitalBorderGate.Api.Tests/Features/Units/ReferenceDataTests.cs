using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Units;

public sealed class ReferenceDataTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ReferenceDataTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Units_lists_the_17_units_with_the_gates_each_serves()
    {
        var units = (await app.Client(DemoKey.DeclarantA).ListUnitsAsync()).Items;

        Assert.Equal(17, units.Count);
        var tanThanh = units.Single(u => u.Code == "TAN_THANH");
        Assert.Equal(["BINH_NGHI", "NA_HINH", "NA_NUA", "TAN_THANH"], tanThanh.Gates.Select(g => g.Code).Order());
        var controlTeam = units.Single(u => u.Code == "CONTROL_LS");
        Assert.True(controlTeam.AcceptsReferrals);
        Assert.Empty(controlTeam.Gates);
    }

    [Fact]
    public async Task One_unit_by_code_and_an_unknown_code_is_404()
    {
        var client = app.Client(DemoKey.HuuNghiOfficer);

        var unit = await client.GetUnitAsync("ta_lung");
        Assert.Equal("TA_LUNG", unit.Code);
        await client.GetUnitAsync("NOPE").ShouldFailWithAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Border_gates_lists_22_gates_with_state_and_serving_unit()
    {
        var gates = (await app.Client(DemoKey.Admin).ListBorderGatesAsync()).Items;

        Assert.Equal(22, gates.Count);
        Assert.Equal(11, gates.Count(g => g.Province == "Lạng Sơn"));
        GateState StateOf(string code) => gates.Single(g => g.Code == code).State;
        Assert.Equal(GateState.Suspended, StateOf("LY_VAN"));
        Assert.Equal(GateState.NotOpenForGoods, StateOf("PO_PEO"));
        Assert.Equal(GateState.Planned, StateOf("BAN_KHOONG"));
        Assert.Equal(GateState.Open, StateOf("HUU_NGHI"));
        var naLan = gates.Single(g => g.Code == "NA_LAN");
        Assert.Equal("TA_LUNG", naLan.ServingUnitCode);
        Assert.Equal(TransportMode.Rail, gates.Single(g => g.Code == "DONG_DANG_RAIL").Mode);
    }
}
