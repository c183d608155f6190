using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>The document's title, the API key scheme and the tags, described once.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The tags in the order a declarant meets them, each described; a tag not listed here goes before API keys.</summary>
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Declarations", "Submit a truck's declaration, follow it and act on it through its lifecycle."),
        ("Units", "The branch's affiliated units, the gates each serves, and each unit's clearance queue."),
        ("Border gates", "The border gates: type, mode, state on a date and serving unit."),
        ("Events", "The change feed: every submission, amendment and status change the key may see, in commit order."),
        ("Webhooks", "Push notifications of the key's change feed, signed with HMAC-SHA256, and their deliveries."),
        ("Statistics", "How long trucks spend at each stage, per gate."),
        ("Health", "Liveness and readiness, for load balancers and orchestrators; no key needed."),
        ("API keys", "Issue, list and revoke API keys (admins)."),
    ];

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
        // Relative: the API is wherever the document was fetched from, so /docs' samples and generated clients work on any host.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This server" }];
        HealthPaths.Add(document);
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
            .ToHashSet(StringComparer.Ordinal);
        var last = Tags.Length - 1;
        var ordered = used
            .Select(name => (Name: name, Position: Array.FindIndex(Tags, tag => tag.Name == name)))
            .OrderBy(tag => tag.Position < 0 ? last - 0.5 : tag.Position)
            .ThenBy(tag => tag.Name, StringComparer.Ordinal);
        // A HashSet keeps the order of insertion while nothing is removed, and the writer follows it.
        document.Tags = new HashSet<OpenApiTag>(ordered.Select(tag => new OpenApiTag
        {
            Name = tag.Name,
            Description = tag.Position >= 0 ? Tags[tag.Position].Description : tag.Name + ".",
        }));
        return Task.CompletedTask;
    }
}
