using DigitalBorderGate.Api.Problems;

namespace DigitalBorderGate.Api.Features.Webhooks;

public static class WebhookRefusals
{
    public static Task NotFound(HttpContext context) =>
        Problem.WriteAsync(context, ProblemKind.NotFound, "Your API key has no webhook with this id.", "Khóa API của bạn không có webhook nào với mã này.");
}
