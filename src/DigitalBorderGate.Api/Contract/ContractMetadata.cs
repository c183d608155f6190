using DigitalBorderGate.Api.Problems;

namespace DigitalBorderGate.Api.Contract;

/// <summary>A request header an endpoint reads itself (not through its DTO), documented on its operation.</summary>
public sealed record RequestHeader(string Name, string Description, bool Required = false);

/// <summary>A response header an endpoint sends on a status.</summary>
public sealed record ResponseHeader(int Status, string Name, string Description);

/// <summary>An example request body, as JSON.</summary>
public sealed record RequestExample(string Json);

/// <summary>What endpoints declare about themselves in Configure(), for the document.</summary>
public static class ContractDescription
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

    public static RouteHandlerBuilder WithRequestHeader(this RouteHandlerBuilder builder, string name, string description, bool required = false) =>
        builder.WithMetadata(new RequestHeader(name, description, required));

    public static RouteHandlerBuilder WithResponseHeader(this RouteHandlerBuilder builder, int status, string name, string description) =>
        builder.WithMetadata(new ResponseHeader(status, name, description));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new RequestExample(json));
}
