using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Api.Problems;

/// <summary>One failure of a request: <c>field</c> is a JSON Pointer into the request body ("" for the whole body).</summary>
public sealed record ProblemError(string Field, string Code, string Message, string MessageVi)
{
    /// <summary>A domain rule's failure as it travels.</summary>
    public static ProblemError From(ValidationError error) => new(error.Field, error.Code, error.Message, error.MessageVi);
}
