using DigitalBorderGate.Domain.Reference;
using static DigitalBorderGate.Domain.Routing.GateWording;

namespace DigitalBorderGate.Domain.Routing;

/// <summary>Decides which unit receives a declaration for a gate, or why none can.</summary>
public static class GateRouter
{
    /// <param name="arrivalDate">The expected arrival as a date in Vietnam's time zone (see <c>VietnamTime.DateOf</c>).</param>
    /// <param name="direction">The truck's direction; null when any will do.</param>
    public static RoutingOutcome Route(ReferenceDataSet data, string gateCode, DateOnly arrivalDate, TransportMode mode, Direction? direction = null)
    {
        ArgumentNullException.ThrowIfNull(data);

        // The validator reports unknown codes; the router only has to stay well-behaved.
        if (data.FindGate(gateCode) is not { } gate)
        {
            return new RoutingRefusal(RoutingRefusalCodes.Unknown,
                $"There is no border gate with code {gateCode}.",
                $"Không có cửa khẩu nào có mã {gateCode}.",
                []);
        }

        if (gate.Mode != mode)
        {
            return Refuse(data, gate, arrivalDate, mode, direction, RoutingRefusalCodes.WrongMode,
                $"{TheGate(gate)} handles {Mode(gate.Mode)} transport only; the declaration is for {Mode(mode)} transport.",
                $"{TheGateVi(gate)} chỉ tiếp nhận phương tiện {ModeVi(gate.Mode)}; tờ khai là phương tiện {ModeVi(mode)}.");
        }

        if (!gate.Handles(direction))
        {
            return Refuse(data, gate, arrivalDate, mode, direction, RoutingRefusalCodes.WrongDirection,
                $"{TheGate(gate)} does not handle {(direction == Direction.Import ? "imports" : "exports")}.",
                $"{TheGateVi(gate)} không làm thủ tục cho hàng {(direction == Direction.Import ? "nhập khẩu" : "xuất khẩu")}.");
        }

        if (StateRefusal(data, gate, arrivalDate, mode, direction) is { } refusal)
        {
            return refusal;
        }

        if (data.AssignmentOn(gate.Code, arrivalDate) is not { } assignment || data.FindUnit(assignment.UnitCode) is not { } unit)
        {
            return NotServed(data, gate, arrivalDate, mode, direction);
        }

        return Decide(gate, unit, assignment);
    }

    // Where another branch took the gate over, the refusal names it: that is where the declarant goes instead.
    private static RoutingRefusal NotServed(ReferenceDataSet data, BorderGate gate, DateOnly date, TransportMode mode, Direction? direction)
    {
        if (data.HandoverOn(gate.Code, date) is { } handover && data.FindBranch(handover.BranchCode) is { } branch)
        {
            var handedOver = Refuse(data, gate, date, mode, direction, RoutingRefusalCodes.NotServed,
                $"{TheGate(gate)} is served by the {branch.NameEn} from {Day(handover.From)}, not by this branch: declare the truck there.",
                $"{TheGateVi(gate)} do {branch.NameVi} quản lý từ ngày {DayVi(handover.From)}, không thuộc phạm vi của Chi cục: đề nghị khai báo với {branch.NameVi}.");
            return handedOver with { ServedBy = branch };
        }
        return Refuse(data, gate, date, mode, direction, RoutingRefusalCodes.NotServed,
            $"{TheGate(gate)} is not served by this branch on {Day(date)}.",
            $"{TheGateVi(gate)} không thuộc phạm vi quản lý của Chi cục vào ngày {DayVi(date)}.");
    }

    private static RoutingRefusal? StateRefusal(ReferenceDataSet data, BorderGate gate, DateOnly date, TransportMode mode, Direction? direction)
    {
        var period = gate.StatePeriodOn(date);
        var (code, message, messageVi) = (period?.State ?? GateState.Closed) switch
        {
            GateState.Suspended => (RoutingRefusalCodes.Suspended,
                $"{TheGate(gate)} is suspended on {Day(date)}.",
                $"{TheGateVi(gate)} tạm dừng hoạt động vào ngày {DayVi(date)}."),
            GateState.NotOpenForGoods => NotOpenForGoods(gate, date),
            GateState.Planned => (RoutingRefusalCodes.Planned,
                $"{TheGate(gate)} is planned but not yet in operation on {Day(date)}.",
                $"{TheGateVi(gate)} chưa đi vào hoạt động vào ngày {DayVi(date)}."),
            GateState.Closed => (RoutingRefusalCodes.Closed,
                $"{TheGate(gate)} is closed on {Day(date)}.",
                $"{TheGateVi(gate)} đóng cửa vào ngày {DayVi(date)}."),
            _ when !gate.AcceptsGoods => NotOpenForGoods(gate, date),
            _ => (null, "", ""),
        };

        return code is null
            ? null
            : Refuse(data, gate, date, mode, direction, code, WithNote(message, period?.NoteEn), WithNote(messageVi, period?.NoteVi));
    }

    private static (string?, string, string) NotOpenForGoods(BorderGate gate, DateOnly date) =>
        (RoutingRefusalCodes.NotOpenForGoods,
            $"{TheGate(gate)} is not open for goods on {Day(date)}.",
            $"{TheGateVi(gate)} chưa được làm thủ tục xuất nhập khẩu hàng hóa vào ngày {DayVi(date)}.");

    private static RoutingDecision Decide(BorderGate gate, Unit unit, UnitGateAssignment assignment)
    {
        var since = Day(assignment.From);
        var sinceVi = DayVi(assignment.From);
        return unit.Code == gate.Code
            ? new RoutingDecision(unit.Code, unit.NameVi, unit.NameEn, gate.Code, RoutingRules.GateOwnUnit,
                $"{gate.NameVi} has a customs unit of its own; the assignment valid from {since} gives it to {unit.NameEn}.",
                $"{TheGateVi(gate)} có đơn vị hải quan riêng; theo phân công có hiệu lực từ ngày {sinceVi}, {unit.NameVi} quản lý cửa khẩu này.")
            : new RoutingDecision(unit.Code, unit.NameVi, unit.NameEn, gate.Code, RoutingRules.GateServedByNeighbour,
                $"{gate.NameVi} has no customs unit of its own; the assignment valid from {since} gives it to {unit.NameEn}.",
                $"{TheGateVi(gate)} không có đơn vị hải quan riêng; theo phân công có hiệu lực từ ngày {sinceVi}, {unit.NameVi} quản lý {NounVi(gate).ToLowerInvariant()} này.");
    }

    private static RoutingRefusal Refuse(
        ReferenceDataSet data, BorderGate refused, DateOnly date, TransportMode mode, Direction? direction, string code, string message, string messageVi) =>
        new(code, message, messageVi, Alternatives(data, refused, date, mode, direction));

    // Gates that could take the same truck: its mode, its direction, open for goods that day, served by this branch.
    private static IReadOnlyList<GateAlternative> Alternatives(ReferenceDataSet data, BorderGate refused, DateOnly date, TransportMode mode, Direction? direction) =>
    [
        .. data.Gates
            .Where(gate => gate.Code != refused.Code && gate.Mode == mode && gate.Handles(direction) && gate.IsOpenForGoodsOn(date))
            .Select(gate => (Gate: gate, Unit: data.ServingUnit(gate.Code, date)))
            .Where(candidate => candidate.Unit is not null)
            .OrderBy(candidate => candidate.Gate.Province == refused.Province ? 0 : 1)
            .Select(candidate => new GateAlternative(
                candidate.Gate.Code, candidate.Gate.NameVi, candidate.Gate.NameEn, candidate.Gate.Province, candidate.Unit!.Code)),
    ];
}
