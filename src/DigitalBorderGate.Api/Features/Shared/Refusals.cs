using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>The refusals several endpoints share, worded once.</summary>
public static class Refusals
{
    public static Task DeclarationNotFound(HttpContext context) =>
        Problem.WriteAsync(context, ProblemKind.NotFound,
            "No declaration with this id is visible to your API key.",
            "Không có tờ khai nào với mã này mà khóa API của bạn được phép xem.");

    public static Task InvalidQuery(HttpContext context, string field, string code, string message, string messageVi) =>
        Problem.WriteAsync(context, Problem.ForErrors(context, ProblemKind.Validation, [ProblemError.InQuery(field, code, message, messageVi)]));

    public static Task InvalidLimit(HttpContext context) =>
        InvalidQuery(context, "limit", "limit.outOfRange",
            $"limit must be between 1 and {PageLimit.Max}.", $"limit phải nằm trong khoảng 1 đến {PageLimit.Max}.");

    public static Task InvalidCursor(HttpContext context) =>
        InvalidQuery(context, "cursor", "cursor.invalid",
            "The cursor was not issued by this API; use nextCursor from a previous page.",
            "Con trỏ không do API này cấp; hãy dùng nextCursor của trang trước.");

    public static Task Stale(HttpContext context, int currentVersion) =>
        Problem.WriteAsync(context, ProblemKind.PreconditionFailed,
            $"The declaration has changed since you read it (now version {currentVersion}); read it again and retry.",
            $"Tờ khai đã thay đổi kể từ lần bạn đọc (nay là phiên bản {currentVersion}); hãy đọc lại và thử lại.");

    public static Task ActionNotAllowed(HttpContext context, DeclarationAction action, IReadOnlyList<DeclarationAction> allowed) =>
        ActionNotAllowed(context, DbEnum.ToDb(action), allowed.Select(a => DbEnum.ToDb(a)).ToList());

    public static Task ActionNotAllowed(HttpContext context, string action, IReadOnlyList<string> allowedNames)
    {
        var list = allowedNames.Count == 0 ? "none" : string.Join(", ", allowedNames);
        var listVi = allowedNames.Count == 0 ? "không có" : string.Join(", ", allowedNames);
        return Problem.WriteAsync(context, Problem.Create(context, ProblemKind.Conflict,
                $"The action {action} is not allowed in the declaration's current status; allowed for you: {list}.",
                $"Thao tác {action} không được phép ở trạng thái hiện tại của tờ khai; bạn được phép: {listVi}.")
            with { AllowedActions = allowedNames });
    }
}
