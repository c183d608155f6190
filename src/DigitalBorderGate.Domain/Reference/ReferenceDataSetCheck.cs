using System.Globalization;

namespace DigitalBorderGate.Domain.Reference;

/// <summary>
/// Vets a reference data set as a whole, so that a bad seed file stops the application at start-up instead of
/// routing declarations wrongly later.
/// </summary>
public static class ReferenceDataSetCheck
{
    public static IReadOnlyList<ReferenceDataProblem> Problems(ReferenceDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return
        [
            .. Duplicates(data.Units.Select(unit => unit.Code), ReferenceDataProblemCodes.DuplicateUnitCode, "unit"),
            .. Duplicates(data.Gates.Select(gate => gate.Code), ReferenceDataProblemCodes.DuplicateGateCode, "gate"),
            .. Duplicates(data.VehicleClasses.Select(vehicleClass => vehicleClass.Code), ReferenceDataProblemCodes.DuplicateVehicleClassCode, "vehicle class"),
            .. AssignmentProblems(data),
            .. StatePeriodProblems(data.Gates),
            .. ReorganisationProblems(data),
        ];
    }

    private static IEnumerable<ReferenceDataProblem> Duplicates(IEnumerable<string> codes, string problemCode, string what) =>
        codes.GroupBy(code => code, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => new ReferenceDataProblem(problemCode, $"The {what} code {group.Key} appears {group.Count()} times."));

    private static IEnumerable<ReferenceDataProblem> AssignmentProblems(ReferenceDataSet data)
    {
        foreach (var assignment in data.Assignments)
        {
            var unit = data.FindUnit(assignment.UnitCode);
            if (unit is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownUnit,
                    $"An assignment of gate {assignment.GateCode} names the unknown unit {assignment.UnitCode}.");
            }
            else if (unit.Kind == UnitKind.Team)
            {
                yield return new(ReferenceDataProblemCodes.TeamWithGates,
                    $"The team {unit.Code} is assigned gate {assignment.GateCode}; only gate units serve gates.");
            }

            if (data.FindGate(assignment.GateCode) is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownGate,
                    $"An assignment of unit {assignment.UnitCode} names the unknown gate {assignment.GateCode}.");
            }

            if (assignment.To < assignment.From)
            {
                yield return new(ReferenceDataProblemCodes.EndsBeforeStart,
                    $"The assignment of gate {assignment.GateCode} to {assignment.UnitCode} ends ({Day(assignment.To)}) before it starts ({Day(assignment.From)}).");
            }
        }

        foreach (var (first, second) in OverlappingPairs(data.Assignments.GroupBy(a => a.GateCode, StringComparer.Ordinal), a => a.From, a => a.To))
        {
            yield return new(ReferenceDataProblemCodes.OverlappingAssignments,
                $"Gate {first.GateCode} is assigned to {first.UnitCode} from {Day(first.From)} and to {second.UnitCode} from {Day(second.From)} over overlapping days.");
        }
    }

    // A unit that ended names where its work went, and a gate is served by this branch or another, never both at once.
    private static IEnumerable<ReferenceDataProblem> ReorganisationProblems(ReferenceDataSet data)
    {
        foreach (var former in data.Predecessors)
        {
            if (data.FindUnit(former.Code) is not null)
            {
                yield return new(ReferenceDataProblemCodes.FormerUnitStillPresent, $"The former unit {former.Code} is also a unit of this data set.");
            }
            if ((former.SuccessorUnitCode is null) == (former.SuccessorBranchCode is null))
            {
                yield return new(ReferenceDataProblemCodes.SuccessorMissing,
                    $"The former unit {former.Code} must name exactly one successor: a unit of this data set or another branch.");
            }
            if (former.SuccessorUnitCode is { } unitCode && data.FindUnit(unitCode) is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownUnit, $"The former unit {former.Code} names the unknown successor unit {unitCode}.");
            }
            if (former.SuccessorBranchCode is { } branchCode && data.FindBranch(branchCode) is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownBranch, $"The former unit {former.Code} names the unknown branch {branchCode}.");
            }
        }
        foreach (var handover in data.Handovers)
        {
            if (data.FindGate(handover.GateCode) is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownGate, $"A handover to {handover.BranchCode} names the unknown gate {handover.GateCode}.");
            }
            if (data.FindBranch(handover.BranchCode) is null)
            {
                yield return new(ReferenceDataProblemCodes.UnknownBranch, $"The handover of gate {handover.GateCode} names the unknown branch {handover.BranchCode}.");
            }
            foreach (var assignment in data.Assignments.Where(a => a.GateCode == handover.GateCode
                && ValidityPeriod.Overlap(a.From, a.To, handover.From, handover.To)))
            {
                yield return new(ReferenceDataProblemCodes.HandoverOverlapsAssignment,
                    $"Gate {handover.GateCode} is handed over to {handover.BranchCode} from {Day(handover.From)} while assigned to {assignment.UnitCode} from {Day(assignment.From)}.");
            }
        }
    }

    private static IEnumerable<ReferenceDataProblem> StatePeriodProblems(IEnumerable<BorderGate> gates)
    {
        foreach (var gate in gates)
        {
            foreach (var period in gate.States.Where(period => period.To < period.From))
            {
                yield return new(ReferenceDataProblemCodes.EndsBeforeStart,
                    $"The {period.State} period of gate {gate.Code} ends ({Day(period.To)}) before it starts ({Day(period.From)}).");
            }

            foreach (var (first, second) in OverlappingPairs([gate.States], p => p.From, p => p.To))
            {
                yield return new(ReferenceDataProblemCodes.OverlappingStatePeriods,
                    $"Gate {gate.Code} has overlapping states: {first.State} from {Day(first.From)} and {second.State} from {Day(second.From)}.");
            }
        }
    }

    private static IEnumerable<(T First, T Second)> OverlappingPairs<T>(
        IEnumerable<IEnumerable<T>> groups, Func<T, DateOnly> from, Func<T, DateOnly?> to)
    {
        foreach (var group in groups)
        {
            var items = group.ToList();
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (ValidityPeriod.Overlap(from(items[i]), to(items[i]), from(items[j]), to(items[j])))
                    {
                        yield return (items[i], items[j]);
                    }
                }
            }
        }
    }

    private static string Day(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open-ended";
}
