namespace DigitalBorderGate.Api.Problems;

/// <summary>
/// Every refusal the API words itself, in English and Vietnamese, in one place (the domain's rules keep theirs in
/// <see cref="Domain.Validation.ErrorCatalog"/>). Field errors are <see cref="ProblemError"/>s; whole-request
/// refusals are <see cref="Refusal"/>s.
/// </summary>
internal static class Refusals
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
        var listVi = allowedNames.Count == 0 ? "không có" : string.Join(", ", allowedNames.Select(Quoted));
        return new(ProblemKind.Conflict,
            $"The action {action} is not allowed in the declaration's current status; allowed for you: {list}.",
            $"Thao tác {Quoted(action)} không được phép ở trạng thái hiện tại của tờ khai; bạn được phép: {listVi}.");
    }

    public static Refusal RoleNeverTakes(string action) => new(ProblemKind.Forbidden,
        $"Your role does not take the action {action}.",
        $"Vai trò của bạn không được thực hiện thao tác {Quoted(action)}.");

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

    public static ProblemError IdempotencyKeyMalformed(int maxLength) => ProblemError.InHeader("Idempotency-Key", "idempotencyKey.invalid",
        $"The Idempotency-Key header must be 1 to {maxLength} visible ASCII characters.",
        $"Tiêu đề Idempotency-Key phải gồm 1 đến {maxLength} ký tự ASCII hiển thị.");

    public static Refusal IdempotencyKeyReused { get; } = new(ProblemKind.IdempotencyKeyReused,
        "This Idempotency-Key was already used with a different request body; use a new key for a new declaration.",
        "Idempotency-Key này đã được dùng cho một nội dung khác; hãy dùng khóa mới cho tờ khai mới.");

    public static ProblemError BodyNotAnObject { get; } = new("", "body.malformed", "The body must be one JSON object.", "Nội dung phải là một đối tượng JSON.");

    public static ProblemError ActionRequired { get; } = new("/action", "required", "The action is required.", "Cần ghi thao tác trong trường \"action\".");

    public static ProblemError ActionUnknown(string known) => new("/action", "action.unknown",
        $"Unknown action; the actions are: {known}.", $"Thao tác không hợp lệ; các thao tác gồm: {QuotedList(known)}.");

    public static ProblemError ChannelInvalid { get; } = new("/channel", "channel.invalid",
        "The channel is green, yellow or red.", "Luồng phải là \"green\" (luồng xanh), \"yellow\" (luồng vàng) hoặc \"red\" (luồng đỏ).");

    public static ProblemError ReceivingNationalityInvalid { get; } = new("/transshipment/receivingNationality", "nationality.invalid",
        "The receiving vehicle's nationality is VN or CN.", "Quốc tịch phương tiện nhận hàng phải là Việt Nam hoặc Trung Quốc.");

    // Keys and roles.
    public static Refusal KeyMissing { get; } = new(ProblemKind.Unauthorized,
        "Send your API key in the X-Api-Key header.", "Hãy gửi khóa API trong tiêu đề X-Api-Key.");

    public static Refusal KeyUnknown { get; } = new(ProblemKind.Unauthorized,
        "The API key is unknown or has been revoked.", "Khóa API không tồn tại hoặc đã bị thu hồi.");

    public static Refusal RoleForbidden { get; } = new(ProblemKind.Forbidden,
        "Your API key's role does not allow this operation.", "Vai trò của khóa API này không được phép thực hiện thao tác này.");

    public static Refusal KeyNotFound { get; } = new(ProblemKind.NotFound,
        "There is no API key with this id.", "Không có khóa API nào với mã này.");

    public static ProblemError RoleInvalid { get; } = new("/role", "role.invalid",
        "The role is declarant, officer or admin.", "Vai trò phải là \"declarant\" (doanh nghiệp), \"officer\" (công chức) hoặc \"admin\" (quản trị).");

    public static ProblemError AdminScopeNotEmpty { get; } = ScopeInvalid("An admin key has no scope.", "Khóa quản trị không có phạm vi.");

    public static ProblemError DeclarantScopeSize(int max) => ScopeInvalid(
        $"A declarant key acts for 1 to {max} enterprise tax codes.", $"Khóa doanh nghiệp phải có từ 1 đến {max} mã số thuế.");

    public static ProblemError OfficerScopeNotOneUnit { get; } = ScopeInvalid(
        "An officer key belongs to exactly one unit code, or \"*\" for the whole branch.", "Khóa công chức thuộc đúng một đơn vị, hoặc \"*\" cho toàn chi cục.");

    public static ProblemError ScopeTaxCodeInvalid(int index) => new($"/scope/{index}", "taxCode.invalid",
        "Not a valid Vietnamese tax code (MST).", "Mã số thuế không hợp lệ.");

    public static ProblemError ScopeUnitUnknown { get; } = new("/scope/0", "unit.unknown",
        "There is no unit with this code.", "Không có đơn vị nào với mã này.");

    private static ProblemError ScopeInvalid(string message, string messageVi) => new("/scope", "scope.invalid", message, messageVi);

    // Units, queues and statistics.
    public static Refusal UnitNotFound { get; } = new(ProblemKind.NotFound,
        "There is no unit with this code.", "Không có đơn vị nào với mã này.");

    public static Refusal QueueNotServed { get; } = new(ProblemKind.Forbidden,
        "Only officers of this unit, and branch-wide officers, read its queue.",
        "Chỉ công chức của đơn vị này và lãnh đạo chi cục được xem hàng chờ của đơn vị.");

    public static Refusal GateNotServed { get; } = new(ProblemKind.Forbidden,
        "Officers see the dwell times of the gates their unit serves.",
        "Công chức chỉ xem được thời gian lưu của các cửa khẩu do đơn vị mình quản lý.");

    // Events and webhooks.
    public static Refusal AdminHasNoFeed { get; } = new(ProblemKind.Forbidden,
        "Admin keys have no change feed.", "Khóa quản trị không có luồng sự kiện.");

    public static Refusal StreamLimitReached(int limit) => new(ProblemKind.TooManyRequests,
        $"This API key already holds {limit} open event streams; close one first.",
        $"Khóa API này đang mở {limit} luồng sự kiện; hãy đóng bớt một luồng.");

    public static ProblemError LastEventIdInvalid { get; } = new("Last-Event-ID", "lastEventId.invalid",
        "Last-Event-ID is the id of an event received from this stream.",
        "Last-Event-ID phải là mã của một sự kiện đã nhận từ luồng này.");

    // Passes.
    public static Refusal PassFormatNotAcceptable(string formats) => new(ProblemKind.ForStatus(StatusCodes.Status406NotAcceptable),
        $"A pass is served as {formats}; ask for one of them in Accept.",
        $"Giấy qua cửa khẩu có dạng {formats}; hãy yêu cầu một trong hai trong tiêu đề Accept.");

    public static ProblemError PassCodeRequired(int maxLength) => new("/code", "required",
        $"The pass code is required (at most {maxLength} characters).",
        $"Cần có mã trên giấy qua cửa khẩu (tối đa {maxLength} ký tự).");

    public static ProblemError PassInvalid { get; } = new("/code", "pass.invalid",
        "This pass was not issued by the border gate system, or it has been altered: do not let the truck through on it.",
        "Giấy này không do hệ thống cửa khẩu cấp hoặc đã bị sửa đổi: không cho xe qua theo giấy này.");

    public static Refusal WebhookNotFound { get; } = new(ProblemKind.NotFound,
        "Your API key has no webhook with this id.", "Khóa API của bạn không có webhook nào với mã này.");

    public static Refusal DeliveryNotFound { get; } = new(ProblemKind.NotFound,
        "This webhook has no such delivery.", "Webhook này không có lần gửi nào như vậy.");

    public static Refusal WebhookLimitReached(int limit) => new(ProblemKind.Conflict,
        $"An API key may hold at most {limit} webhooks; delete one first.",
        $"Mỗi khóa API có tối đa {limit} webhook; hãy xóa bớt trước.");

    public static ProblemError WebhookUrlRefused(string message, string messageVi) => new("/url", "webhook.urlRefused", message, messageVi);

    public static ProblemError WebhookEventsInvalid(string known) => new("/events", "webhook.eventsInvalid",
        $"Name one or more of: {known}.", $"Hãy chọn một hoặc nhiều sự kiện: {QuotedList(known)}.");

    // The service and the request as a whole.
    public static Refusal Unavailable { get; } = new(ProblemKind.Unavailable,
        "The database is not reachable at the moment; nothing was changed. Retry shortly.",
        "Hiện không kết nối được cơ sở dữ liệu; chưa có thay đổi nào. Hãy thử lại sau ít phút.");

    public static Refusal DailyCapacityReached(DateOnly vietnamDate) => new(ProblemKind.DailyCapacityReached,
        FormattableString.Invariant($"Every reference number of {vietnamDate:yyyy-MM-dd} (Vietnam) is issued; nothing was stored. Submit again after midnight in Vietnam."),
        FormattableString.Invariant($"Đã cấp hết số tham chiếu của ngày {vietnamDate:dd/MM/yyyy}; chưa có gì được lưu. Hãy gửi lại sau nửa đêm (giờ Việt Nam)."));

    public static Refusal Internal { get; } = new(ProblemKind.Internal,
        "The request failed on our side. Quote the traceId when you report it.",
        "Yêu cầu bị lỗi ở phía máy chủ. Hãy cung cấp traceId khi báo lỗi.");

    public static Refusal TooManyRequests(int seconds) => new(ProblemKind.TooManyRequests,
        $"This API key has sent more requests than its limit allows; retry after {seconds} s.",
        $"Khóa API này đã gửi quá số yêu cầu cho phép; hãy thử lại sau {seconds} giây.");

    public static Refusal TooManyAnonymousRequests(int seconds) => new(ProblemKind.TooManyRequests,
        $"This address has sent more requests without an API key than the limit allows; retry after {seconds} s.",
        $"Địa chỉ này đã gửi quá số yêu cầu không có khóa API cho phép; hãy thử lại sau {seconds} giây.");

    /// <summary>A request the server could not read (too large, cut off), or a bodiless framework status, by its kind.</summary>
    public static Refusal Unreadable(ProblemKind kind) => new(kind,
        "The request could not be read: " + kind.Title + ".", "Không đọc được yêu cầu: " + kind.TitleVi + ".");

    public static Refusal Status(ProblemKind kind) => new(kind, kind.Title + ".", kind.TitleVi + ".");

    public static ProblemError BodyValueInvalid(string pointer) => new(pointer, "body.malformed",
        $"The value at {pointer} is not of the expected type, or the field is not part of the request.",
        $"Giá trị tại {pointer} không đúng kiểu, hoặc trường này không thuộc yêu cầu.");

    /// <summary>A route, query or header value that could not be read, named as it was sent.</summary>
    public static ProblemError ValueUnreadable(string name, string source) => new(name, "value.invalid",
        $"The value of {name} could not be read.", $"Không đọc được giá trị của {name}.", source);

    /// <summary>A value outside its closed set: the message lists the set.</summary>
    public static ProblemError ValueNotAllowed(string name, string source, string allowed) => new(name, "value.invalid",
        $"{name} must be one of: {allowed}.", $"{name} phải là một trong các giá trị: {allowed}.", source);

    // Lists.
    public static ProblemError LimitOutOfRange(int max) => ProblemError.InQuery("limit", "limit.outOfRange",
        $"limit must be between 1 and {max}.", $"limit phải nằm trong khoảng 1 đến {max}.");

    public static ProblemError DeliveryStatusInvalid { get; } = ProblemError.InQuery("status", "status.invalid",
        "The status is pending, delivered, failed or cancelled.", "Trạng thái phải là \"pending\", \"delivered\", \"failed\" hoặc \"cancelled\".");

    // Statistics.
    public static ProblemError PeriodInvalid { get; } = ProblemError.InQuery("from", "period.invalid",
        "The period must start before it ends and span at most 366 days.",
        "Khoảng thời gian phải có ngày bắt đầu trước ngày kết thúc và dài tối đa 366 ngày.");

    public static ProblemError GateUnknown { get; } = ProblemError.InQuery("gate", "borderGate.unknown",
        "There is no border gate with this code.", "Không có cửa khẩu nào với mã này.");

    public static ProblemError CursorInvalid { get; } = ProblemError.InQuery("cursor", "cursor.invalid",
        "The cursor was not issued by this API; use nextCursor from a previous page.",
        "Con trỏ không do API này cấp; hãy dùng nextCursor của trang trước.");

    // Values the client sends (action names, event types) are quoted in Vietnamese text, so that they read as values
    // rather than as English words in the sentence.
    private static string Quoted(string value) => $"\"{value}\"";

    private static string QuotedList(string commaSeparated) =>
        string.Join(", ", commaSeparated.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(Quoted));
}
