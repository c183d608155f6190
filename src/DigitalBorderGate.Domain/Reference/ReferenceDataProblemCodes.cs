namespace DigitalBorderGate.Domain.Reference;

public static class ReferenceDataProblemCodes
{
    public const string DuplicateUnitCode = "duplicateUnitCode";
    public const string DuplicateGateCode = "duplicateGateCode";
    public const string DuplicateVehicleClassCode = "duplicateVehicleClassCode";
    public const string UnknownUnit = "unknownUnit";
    public const string UnknownGate = "unknownGate";
    public const string TeamWithGates = "teamWithGates";
    public const string OverlappingAssignments = "overlappingAssignments";
    public const string OverlappingStatePeriods = "overlappingStatePeriods";
    public const string EndsBeforeStart = "endsBeforeStart";
    public const string UnknownBranch = "unknownBranch";
    public const string FormerUnitStillPresent = "formerUnitStillPresent";
    public const string SuccessorMissing = "successorMissing";
    public const string HandoverOverlapsAssignment = "handoverOverlapsAssignment";
}
