using System.Diagnostics;

namespace DigitalBorderGate.Api.Problems;

/// <summary>Builds and sends problem details; the single place where error bodies are made.</summary>
internal static class Problem
{
    public const string ContentType = "application/problem+json";

    public static ApiProblem Create(HttpContext context, ProblemKind kind, string detail, string detailVi) =>
        new(kind.Type, context.Pick(kind.Title, kind.TitleVi), kind.Status, context.Pick(detail, detailVi), TraceId(context));

    public static ApiProblem ForErrors(HttpContext context, ProblemKind kind, IReadOnlyList<ProblemError> errors) =>
        Create(context, kind,
            errors.Count == 1 ? errors[0].Message : $"{errors.Count} problems were found in the request; see errors.",
            errors.Count == 1 ? errors[0].MessageVi : $"Yêu cầu có {errors.Count} lỗi; xem chi tiết trong errors.")
        with
        { Errors = errors };

    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public static Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        return context.Response.WriteAsJsonAsync(problem, ApiJson.Options, ContentType, context.RequestAborted);
    }

    /// <summary>Sends every failure of the request at once.</summary>
    public static Task WriteAsync(HttpContext context, ProblemKind kind, IReadOnlyList<ProblemError> errors) =>
        WriteAsync(context, ForErrors(context, kind, errors));

    public static Task WriteAsync(HttpContext context, ProblemKind kind, string detail, string detailVi) =>
        WriteAsync(context, Create(context, kind, detail, detailVi));
}
