using DigitalBorderGate.Api.Problems;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>The refusals several endpoints share, worded once.</summary>
public static class Refusals
{
    public static Task DeclarationNotFound(HttpContext context) =>
        Problem.WriteAsync(context, ProblemKind.NotFound,
            "No declaration with this id is visible to your API key.",
            "Không có tờ khai nào với mã này mà khóa API của bạn được phép xem.");

    public static Task InvalidQuery(HttpContext context, string field, string code, string message, string messageVi) =>
        Problem.WriteAsync(context, Problem.ForErrors(context, ProblemKind.Validation, [new ProblemError(field, code, message, messageVi)]));

    public static Task InvalidLimit(HttpContext context) =>
        InvalidQuery(context, "limit", "limit.outOfRange",
            $"limit must be between 1 and {PageLimit.Max}.", $"limit phải nằm trong khoảng 1 đến {PageLimit.Max}.");

    public static Task InvalidCursor(HttpContext context) =>
        InvalidQuery(context, "cursor", "cursor.invalid",
            "The cursor was not issued by this API; use nextCursor from a previous page.",
            "Con trỏ không do API này cấp; hãy dùng nextCursor của trang trước.");
}
