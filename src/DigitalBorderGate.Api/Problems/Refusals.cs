namespace DigitalBorderGate.Api.Problems;

/// <summary>
/// Every refusal the API words itself, in English and Vietnamese, in one place (the domain's rules keep theirs in
/// <see cref="Domain.Validation.ErrorCatalog"/>). Field errors are <see cref="ProblemError"/>s; whole-request
/// refusals are <see cref="Refusal"/>s.
/// </summary>
public static class Refusals
{
    // Declarations.
    public static Refusal DeclarationNotFound { get; } = new(ProblemKind.NotFound,
        "No declaration with this id is visible to your API key.",
        "Không có tờ khai nào với mã này mà khóa API của bạn được phép xem.");

    public static Refusal Stale(int currentVersion) => new(ProblemKind.PreconditionFailed,
        $"The declaration has changed since you read it (now version {currentVersion}); read it again and retry.",
        $"Tờ khai đã thay đổi kể từ lần bạn đọc (nay là phiên bản {currentVersion}); hãy đọc lại và thử lại.");

    public static Refusal ActionNotAllowed(string action, IReadOnlyList<string> allowedNames)
    {
        var list = allowedNames.Count == 0 ? "none" : string.Join(", ", allowedNames);
        var listVi = allowedNames.Count == 0 ? "không có" : string.Join(", ", allowedNames);
        return new(ProblemKind.Conflict,
            $"The action {action} is not allowed in the declaration's current status; allowed for you: {list}.",
            $"Thao tác {action} không được phép ở trạng thái hiện tại của tờ khai; bạn được phép: {listVi}.");
    }

    public static Refusal RoleNeverTakes(string action) => new(ProblemKind.Forbidden,
        $"Your role does not take the action {action}.",
        $"Vai trò của bạn không được thực hiện thao tác {action}.");

    public static Refusal OnlyOwnerAmends { get; } = new(ProblemKind.Forbidden,
        "Only the declarant who owns this declaration may amend it.",
        "Chỉ doanh nghiệp khai báo được sửa tờ khai này.");

    public static Refusal OnlyOwnerOrQueueOfficerActs { get; } = new(ProblemKind.Forbidden,
        "Only the declarant who owns this declaration, or an officer of the unit whose queue holds it, may act on it.",
        "Chỉ doanh nghiệp khai báo, hoặc công chức của đơn vị đang xử lý tờ khai, được thao tác trên tờ khai này.");

    public static Refusal IfMatchRequired { get; } = new(ProblemKind.PreconditionRequired,
        "Send the declaration's ETag in If-Match, so that an amendment never overwrites a change you have not seen.",
        "Hãy gửi ETag của tờ khai trong tiêu đề If-Match để không ghi đè thay đổi mà bạn chưa thấy.");

    public static ProblemError TaxCodeOutOfScope(string taxCode) => new("/declarantTaxCode", "taxCode.outOfScope",
        $"Your API key does not act for the enterprise {taxCode}.",
        $"Khóa API của bạn không được khai báo thay cho doanh nghiệp {taxCode}.");

    public static ProblemError IdempotencyKeyMalformed(int maxLength) => new("", "idempotencyKey.invalid",
        $"The Idempotency-Key header must be 1 to {maxLength} visible ASCII characters.",
        $"Tiêu đề Idempotency-Key phải gồm 1 đến {maxLength} ký tự ASCII hiển thị.");

    public static Refusal IdempotencyKeyReused { get; } = new(ProblemKind.IdempotencyKeyReused,
        "This Idempotency-Key was already used with a different request body; use a new key for a new declaration.",
        "Idempotency-Key này đã được dùng cho một nội dung khác; hãy dùng khóa mới cho tờ khai mới.");

    public static ProblemError BodyNotAnObject { get; } = new("", "body.malformed", "The body must be one JSON object.", "Nội dung phải là một đối tượng JSON.");

    // Lists.
    public static ProblemError LimitOutOfRange(int max) => new("limit", "limit.outOfRange",
        $"limit must be between 1 and {max}.", $"limit phải nằm trong khoảng 1 đến {max}.");

    public static ProblemError DeliveryStatusInvalid { get; } = new("status", "status.invalid",
        "The status is pending, delivered, failed or cancelled.", "Trạng thái phải là pending, delivered, failed hoặc cancelled.");

    // Statistics.
    public static ProblemError PeriodInvalid { get; } = new("from", "period.invalid",
        "The period must start before it ends and span at most 366 days.",
        "Khoảng thời gian phải có ngày bắt đầu trước ngày kết thúc và dài tối đa 366 ngày.");

    public static ProblemError GateUnknown { get; } = new("gate", "borderGate.unknown",
        "There is no border gate with this code.", "Không có cửa khẩu nào với mã này.");

    public static ProblemError CursorInvalid { get; } = new("cursor", "cursor.invalid",
        "The cursor was not issued by this API; use nextCursor from a previous page.",
        "Con trỏ không do API này cấp; hãy dùng nextCursor của trang trước.");
}
