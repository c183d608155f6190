namespace DigitalBorderGate.Domain.Reference;

/// <summary>One integrity problem of a reference data set: a stable code and a message naming the offending entries.</summary>
public sealed record ReferenceDataProblem(string Code, string Message);
