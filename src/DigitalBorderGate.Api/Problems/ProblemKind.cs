namespace DigitalBorderGate.Api.Problems;

/// <summary>The kinds of problem the API reports: a stable type URI, the status, and titles in both languages.</summary>
internal sealed record ProblemKind(string Slug, int Status, string Title, string TitleVi)
{
    public string Type => $"urn:bordergate:problem:{Slug}";

    public static readonly ProblemKind Validation = new("validation", 400, "The request is not valid", "Yêu cầu không hợp lệ");
    public static readonly ProblemKind MalformedRequest = new("malformed-request", 400, "The request could not be read", "Không đọc được yêu cầu");
    public static readonly ProblemKind Unauthorized = new("unauthorized", 401, "A valid API key is required", "Cần khóa API hợp lệ");
    public static readonly ProblemKind Forbidden = new("forbidden", 403, "Not allowed for this API key", "Khóa API này không có quyền thực hiện");
    public static readonly ProblemKind NotFound = new("not-found", 404, "Not found", "Không tìm thấy");
    public static readonly ProblemKind MethodNotAllowed = new("method-not-allowed", 405, "Method not allowed", "Phương thức không được hỗ trợ");
    public static readonly ProblemKind Conflict = new("conflict", 409, "The request conflicts with the current state", "Yêu cầu xung đột với trạng thái hiện tại");
    public static readonly ProblemKind PreconditionFailed = new("precondition-failed", 412, "The resource has changed", "Dữ liệu đã bị thay đổi");
    public static readonly ProblemKind PreconditionRequired = new("precondition-required", 428, "If-Match is required", "Cần tiêu đề If-Match");
    public static readonly ProblemKind PayloadTooLarge = new("payload-too-large", 413, "The request body is too large", "Nội dung yêu cầu quá lớn");
    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", 415, "The request body must be JSON", "Nội dung yêu cầu phải là JSON");
    public static readonly ProblemKind BusinessRule = new("business-rule", 422, "The request breaks a business rule", "Yêu cầu vi phạm quy tắc nghiệp vụ");
    public static readonly ProblemKind IdempotencyKeyReused = new("idempotency-key-reused", 422, "The Idempotency-Key was used for a different request", "Idempotency-Key đã được dùng cho một yêu cầu khác");
    public static readonly ProblemKind TooManyRequests = new("too-many-requests", 429, "Too many requests", "Quá nhiều yêu cầu");
    public static readonly ProblemKind Internal = new("internal", 500, "An unexpected error occurred", "Đã xảy ra lỗi không mong muốn");
    public static readonly ProblemKind Unavailable = new("unavailable", 503, "The service is temporarily unavailable", "Dịch vụ tạm thời không khả dụng");
    public static readonly ProblemKind DailyCapacityReached = new("daily-capacity-reached", 503, "No reference numbers are left today", "Đã hết số tham chiếu trong ngày");

    private static readonly Dictionary<int, ProblemKind> ByStatus = new[]
    {
        MalformedRequest, Unauthorized, Forbidden, NotFound, MethodNotAllowed, Conflict, PreconditionFailed, PreconditionRequired,
        PayloadTooLarge, UnsupportedMediaType, TooManyRequests, Internal, Unavailable,
    }.ToDictionary(kind => kind.Status);

    public static ProblemKind ForStatus(int status) =>
        ByStatus.TryGetValue(status, out var kind) ? kind : new ProblemKind($"http-{status}", status, $"HTTP {status}", $"HTTP {status}");
}
