using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Contract;

/// <summary>A request header an endpoint reads itself (not through its DTO), documented on its operation with the limits the server enforces.</summary>
internal sealed record RequestHeader(string Name, string Description, bool Required = false, int? MaxLength = null, string? Pattern = null);

/// <summary>A response header an endpoint sends on a status.</summary>
internal sealed record ResponseHeader(int Status, string Name, string Description, string? Pattern = null, int? MaxLength = null);

/// <summary>An example request body, built for the moment the document is made (so that its times are valid when sent).</summary>
internal sealed record RequestExample(Func<DateTimeOffset, JsonNode?> Build);

/// <summary>What endpoints declare about themselves in Configure(), for the document.</summary>
internal static class ContractDescription
{
    /// <summary>Problem details (<c>application/problem+json</c>, <see cref="ApiProblem"/>) on each of these statuses.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<ApiProblem>(status, Problem.ContentType);
        }
        return builder;
    }

    public static RouteHandlerBuilder WithRequestHeader(this RouteHandlerBuilder builder, string name, string description, bool required = false,
        int? maxLength = null, string? pattern = null) =>
        builder.WithMetadata(new RequestHeader(name, description, required, maxLength, pattern));

    public static RouteHandlerBuilder WithResponseHeader(this RouteHandlerBuilder builder, int status, string name, string description,
        string? pattern = null, int? maxLength = null) =>
        builder.WithMetadata(new ResponseHeader(status, name, description, pattern, maxLength));

    /// <summary>A GET that answers 304 to a current <c>If-None-Match</c>: the header read, the ETag sent and the 304.</summary>
    public static RouteHandlerBuilder ProducesConditionalGet(this RouteHandlerBuilder builder, string etagChangesWhen) =>
        builder
            .WithRequestHeader("If-None-Match", "The ETag of a response received earlier: 304 without a body while it is still current.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", etagChangesWhen)
            .Produces(StatusCodes.Status304NotModified);

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new RequestExample(_ => JsonNode.Parse(json)));

    /// <summary>An example whose content depends on when the document is made (an arrival time ahead of now).</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, Func<DateTimeOffset, JsonNode?> build) =>
        builder.WithMetadata(new RequestExample(build));
}
