using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Api.Problems;

/// <summary>
/// One failure of a request, the same shape wherever the fault was: <c>in</c> says where (<c>body</c>, <c>query</c>,
/// <c>path</c> or <c>header</c>); <c>field</c> is a JSON Pointer into the body ("" for the whole body), otherwise the
/// parameter's or header's name.
/// </summary>
internal sealed record ProblemError(
    string Field,
    string Code,
    string Message,
    string MessageVi,
    [property: FieldContract(Required = true, OneOf = typeof(ProblemSource))] string In = ProblemSource.Body)
{
    /// <summary>A domain rule's failure as it travels.</summary>
    public static ProblemError From(ValidationError error) => new(error.Field, error.Code, error.Message, error.MessageVi);

    public static ProblemError InQuery(string parameter, string code, string message, string messageVi) =>
        new(parameter, code, message, messageVi, ProblemSource.Query);

    public static ProblemError InHeader(string header, string code, string message, string messageVi) =>
        new(header, code, message, messageVi, ProblemSource.Header);
}

/// <summary>Where a faulty value was in the request.</summary>
internal static class ProblemSource
{
    public const string Body = "body";
    public const string Query = "query";
    public const string Path = "path";
    public const string Header = "header";

    public static readonly IReadOnlyList<string> All = [Body, Query, Path, Header];
}
