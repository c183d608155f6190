using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RequestExample = DigitalBorderGate.Api.Contract.RequestExample;
using ResponseHeader = DigitalBorderGate.Api.Contract.ResponseHeader;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// What holds for every operation, whatever the endpoint: the API key on every /api route, the refusals every
/// such route can answer (401 without a valid key, 403 for a role it does not serve, 429 past the rate limit and
/// 503 while the database is away, both with Retry-After; 400 when parameters or a body cannot be read; 413 and 415
/// for a body too large or not JSON), problem details as the body of every error, Accept-Language where errors
/// carry messages, and the headers, response headers and examples endpoints declared as metadata.
/// </summary>
internal sealed class OperationConventionsTransformer : IOpenApiOperationTransformer
{
    public const string SecuritySchemeName = "ApiKey";

    /// <summary>What each error status means in this API; the body is always <see cref="ApiProblem"/>.</summary>
    private static readonly Dictionary<int, string> ProblemDescriptions = new()
    {
        [400] = "The request is not valid: every failure is listed in `errors`, each with a JSON Pointer to its field.",
        [401] = "No API key, or one that is unknown or revoked.",
        [403] = "The key's role or scope does not allow this.",
        [404] = "Not found, or not visible to this key.",
        [409] = "The current status does not allow the action; `allowedActions` lists the ones it does.",
        [412] = "If-Match names a version that is no longer current: read the resource again and retry.",
        [413] = "The body is larger than 2 MB.",
        [415] = "The body is not JSON: send `Content-Type: application/json`.",
        [422] = "A business rule refused the request: `errors` says why; a refused gate adds `alternatives`.",
        [428] = "If-Match is required.",
        [429] = "Past the key's rate limit; retry after the number of seconds in Retry-After.",
        [503] = "The database is not reachable at the moment; nothing was changed. Retry after the number of seconds in Retry-After.",
    };

    /// <summary>Statuses whose answer says when to come back.</summary>
    private static readonly HashSet<int> RetryAfterStatuses = [429, 503];

    /// <summary>No wait is ever longer than an hour (a token comes back in well under a second; the database is retried every few seconds).</summary>
    private const string MaxRetryAfterSeconds = "3600";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var definition = metadata.OfType<EndpointDefinition>().FirstOrDefault();
        var method = context.Description.HttpMethod?.ToUpperInvariant() ?? "GET";
        var path = "/" + (context.Description.RelativePath ?? "");
        operation.Responses ??= [];
        operation.Parameters ??= [];
        if (definition is not null && context.Document is { } doc)
        {
            NameByFeature(operation, definition.EndpointType, doc);
        }

        var secured = path.StartsWith("/api/", StringComparison.Ordinal) && definition?.AnonymousVerbs?.Contains(method) != true;
        if (secured && context.Document is { } document)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] }];
            AddStatus(operation, 401);
            if (definition?.AllowedRoles is { Count: > 0 })
            {
                AddStatus(operation, 403);
            }
        }
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            AddStatus(operation, 429);
            AddStatus(operation, 503);
        }
        if (operation.Parameters.Count > 0 || operation.RequestBody is not null)
        {
            AddStatus(operation, 400);
        }
        if (operation.RequestBody is not null)
        {
            AddStatus(operation, 413);
            AddStatus(operation, 415);
        }
        foreach (var header in metadata.OfType<RequestHeader>())
        {
            AddHeader(operation, header);
        }
        if (operation.Responses.ContainsKey("400") || operation.Responses.ContainsKey("422"))
        {
            AddHeader(operation, new RequestHeader("Accept-Language", "`vi` for Vietnamese `title` and `detail` in problem details; English otherwise.",
                MaxLength: 200));
        }
        // Every operation says what it does: its summary, when it has nothing more to say.
        if (string.IsNullOrEmpty(operation.Description) && operation.Summary is { Length: > 0 } summary)
        {
            operation.Description = summary.EndsWith('.') ? summary : summary + ".";
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (response is OpenApiResponse concrete && int.TryParse(status, out var code) && code >= 400)
            {
                concrete.Description = ProblemDescriptions.GetValueOrDefault(code, "Problem details.");
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    [Problem.ContentType] = new() { Schema = SharedSchemas.Share(context.Document, await context.GetOrCreateSchemaAsync(typeof(ApiProblem), null, cancellationToken)) },
                };
                if (RetryAfterStatuses.Contains(code))
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before retrying.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = MaxRetryAfterSeconds },
                    };
                }
            }
        }
        foreach (var header in metadata.OfType<ResponseHeader>())
        {
            if (operation.Responses.TryGetValue(header.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) && response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[header.Name] = new OpenApiHeader { Description = header.Description, Schema = ResponseHeaderSchema(header) };
            }
        }
        if (metadata.OfType<RequestExample>().FirstOrDefault() is { } example && operation.RequestBody?.Content is { } content)
        {
            var clock = context.ApplicationServices.GetRequiredService<TimeProvider>();
            foreach (var media in content.Values)
            {
                media.Example = example.Build(clock.GetUtcNow());
            }
        }
    }

    /// <summary>
    /// An endpoint that does not name its operation or tag gets them from its folder, Features/&lt;Area&gt;/&lt;UseCase&gt;/:
    /// operation id <c>{useCase}{Area}</c> (Events/List: listEvents), tag the area in words (BorderGates: Border gates).
    /// </summary>
    private static void NameByFeature(OpenApiOperation operation, Type endpoint, OpenApiDocument document)
    {
        var segments = endpoint.Namespace?.Split('.') ?? [];
        var features = Array.IndexOf(segments, "Features");
        if (features < 0 || features + 1 >= segments.Length)
        {
            return;
        }
        var area = segments[features + 1];
        var useCase = features + 2 < segments.Length ? segments[features + 2] : "";
        // FastEndpoints names an endpoint after its type (DigitalBorderGateApiFeaturesEventsListEndpoint) unless told otherwise.
        if (string.IsNullOrEmpty(operation.OperationId) || operation.OperationId == endpoint.FullName?.Replace(".", "", StringComparison.Ordinal))
        {
            var name = useCase + area;
            operation.OperationId = char.ToLowerInvariant(name[0]) + name[1..];
        }
        var applicationTag = typeof(OperationConventionsTransformer).Assembly.GetName().Name;
        if (operation.Tags is not { Count: > 0 } || operation.Tags.All(tag => tag.Name == applicationTag))
        {
            var words = System.Text.RegularExpressions.Regex.Replace(area, "(?<=[a-z])(?=[A-Z])", " ");
            words = words[..1] + words[1..].ToLowerInvariant();
            operation.Tags = new HashSet<OpenApiTagReference> { new(words, document) };
        }
    }

    /// <summary>Headers every endpoint sends alike are described alike: versions as strong ETags, addresses relative.</summary>
    private static OpenApiSchema ResponseHeaderSchema(ResponseHeader header) => header.Name switch
    {
        "ETag" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = header.Pattern ?? "^\"[0-9]+\"$", MaxLength = header.MaxLength ?? 12 },
        "Location" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = header.MaxLength ?? 200 },
        _ => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = header.Pattern, MaxLength = header.MaxLength },
    };

    private static void AddStatus(OpenApiOperation operation, int status)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse();
        }
    }

    private static void AddHeader(OpenApiOperation operation, RequestHeader header)
    {
        if (operation.Parameters!.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, header.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = header.Name,
            In = ParameterLocation.Header,
            Required = header.Required,
            Description = header.Description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = header.MaxLength, Pattern = header.Pattern },
        });
    }
}
