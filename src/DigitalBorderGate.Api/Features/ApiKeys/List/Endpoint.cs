using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.ApiKeys.List;

internal sealed class Request
{
    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

/// <summary>Every key, newest first, without secrets: who holds it, what it may do, when it was last used, whether it was revoked.</summary>
internal sealed class Endpoint(ApiKeyStore keys) : Endpoint<Request, Page<ApiKeyView>>
{
    public override void Configure()
    {
        Get("/api/v1/api-keys");
        Roles(Auth.Roles.Admin);
        Description(b => b
            .WithName("listApiKeys").WithTags("API keys")
            .WithSummary("Every key, newest first, without secrets"));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var (paging, error) = PagingRequest.Read(request.Limit, request.Cursor);
        if (error is not null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [error]);
            return;
        }
        var rows = await keys.ListAsync(paging.After?.At, paging.After?.Id, paging.Take, ct);
        var (page, next) = paging.Cut(rows, key => new KeysetCursor(key.CreatedAt, key.Id).Encode());
        await Send.OkAsync(new Page<ApiKeyView>(page.Select(ApiKeyView.From).ToList(), next), ct);
    }
}
