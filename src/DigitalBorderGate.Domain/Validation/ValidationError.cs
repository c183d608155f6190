namespace DigitalBorderGate.Domain.Validation;

/// <summary>One failed rule: where (a JSON Pointer into the request body), which rule (a stable code) and why, in English and Vietnamese.</summary>
public sealed record ValidationError(string Field, string Code, string Message, string MessageVi);
