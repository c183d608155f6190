using DigitalBorderGate.Domain.Reference;
using static DigitalBorderGate.Domain.Routing.GateWording;

namespace DigitalBorderGate.Domain.Routing;

/// <summary>
/// Where an open declaration goes when the branch's structure changes: to the unit that now serves its gate, or,
/// where another branch took the gate over, out of this branch as transferred. So no open declaration is left in a
/// queue that no longer exists. Gate states are not consulted: the truck may already stand in the yard.
/// </summary>
public static class Rerouting
{
    /// <param name="today">Today in Vietnam: the unit serving the gate from now on (or on the arrival day, if later) takes the work.</param>
    public static RerouteOutcome Decide(ReferenceDataSet data, RoutedDeclaration declaration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(declaration);
        var date = declaration.ArrivalDate > today ? declaration.ArrivalDate : today;
        if (data.FindGate(declaration.GateCode) is not { } gate)
        {
            return new NoServingUnit($"The gate {declaration.GateCode} is not in the data set {data.Name}.");
        }
        if (data.AssignmentOn(gate.Code, date) is { } assignment && data.FindUnit(assignment.UnitCode) is { } unit)
        {
            var referral = ReferralAfter(data, declaration.ReferredToUnitCode);
            return unit.Code == declaration.UnitCode && referral == declaration.ReferredToUnitCode
                ? new RouteUnchanged()
                : new Rerouted(Decision(data, gate, unit, declaration), referral);
        }
        if (data.HandoverOn(gate.Code, date) is { } handover && data.FindBranch(handover.BranchCode) is { } branch)
        {
            return new TransferredOut(branch,
                $"From {Day(handover.From)} the {Noun(gate)} {gate.NameVi} is served by the {branch.NameEn}: the declaration is closed here as transferred to that branch.",
                $"Từ ngày {DayVi(handover.From)}, {TheGateVi(gate).ToLowerInvariant()} do {branch.NameVi} quản lý: tờ khai được đóng tại Chi cục và chuyển giao cho {branch.NameVi}.");
        }
        return new NoServingUnit(
            $"No unit of the data set {data.Name} serves the gate {gate.Code} on {Day(date)}, and no other branch is named for it.");
    }

    // A referral stands while its Control team exists; a team that ended passes it to its successor team, else the
    // truck waits in the queue of the unit serving the gate.
    private static string? ReferralAfter(ReferenceDataSet data, string? referredTo)
    {
        if (referredTo is null || data.FindUnit(referredTo) is not null)
        {
            return referredTo;
        }
        return data.FindFormerUnit(referredTo)?.SuccessorUnitCode is { } successor && data.FindUnit(successor)?.AcceptsReferrals == true
            ? successor
            : null;
    }

    private static RoutingDecision Decision(ReferenceDataSet data, BorderGate gate, Unit unit, RoutedDeclaration declaration)
    {
        var former = data.FindFormerUnit(declaration.UnitCode);
        var formerNote = former is null ? "" : $" ({former.NameEn} ended on {Day(former.LastDay)})";
        var formerNoteVi = former is null ? "" : $" ({former.NameVi} kết thúc hoạt động ngày {DayVi(former.LastDay)})";
        var from = data.FindUnit(declaration.UnitCode)?.NameEn ?? former?.NameEn ?? declaration.UnitCode;
        var fromVi = data.FindUnit(declaration.UnitCode)?.NameVi ?? former?.NameVi ?? declaration.UnitCode;
        return new RoutingDecision(unit.Code, unit.NameVi, unit.NameEn, gate.Code, RoutingRules.Reorganisation,
            $"Under the structure in force from {Day(data.EffectiveFrom)}, {gate.NameVi} is served by {unit.NameEn}; the declaration moved there from {from}{formerNote}.",
            $"Theo cơ cấu tổ chức có hiệu lực từ ngày {DayVi(data.EffectiveFrom)}, {TheGateVi(gate).ToLowerInvariant()} do {unit.NameVi} quản lý; tờ khai được chuyển từ {fromVi}{formerNoteVi}.");
    }
}
