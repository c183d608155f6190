using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>The document's title, the API key scheme and the tags, described once.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Declarations"] = "Submit a truck's declaration, follow it and act on it through its lifecycle.",
        ["Units"] = "The branch's affiliated units, the gates each serves, and each unit's clearance queue.",
        ["Border gates"] = "The border gates: type, mode, state on a date and serving unit.",
        ["Statistics"] = "How long trucks spend at each stage, per gate.",
        ["API keys"] = "Issue, list and revoke API keys (admins).",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Digital Border Gate API",
            Version = "v1",
            Description = """
                The declaration API of the Digital Border Gate Platform for the Customs Branch of Region VI (Lạng Sơn and Cao Bằng).
                Every `/api` request carries `X-Api-Key`. JSON is camelCase; enums travel as camelCase strings; times are ISO 8601
                with offset. Lists are keyset-paged: `limit` (1–200, default 50) and `cursor` in, `{ items, nextCursor }` out.
                Every error is `application/problem+json` (RFC 9457); `Accept-Language: vi` makes its `title` and `detail` Vietnamese.
                """,
        };
        // The document describes the API wherever it runs; the address it was fetched from is not part of it.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [OperationConventionsTransformer.SecuritySchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key issued to a declarant, an officer or an admin.",
            },
        };
        var used = (document.Paths ?? [])
            .SelectMany(path => (IEnumerable<OpenApiOperation>?)path.Value.Operations?.Values ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag { Name = name, Description = TagDescriptions.GetValueOrDefault(name) }));
        return Task.CompletedTask;
    }
}
