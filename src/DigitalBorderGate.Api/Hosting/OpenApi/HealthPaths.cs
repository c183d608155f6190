using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>The health checks are plain ASP.NET Core endpoints the generator does not see; they are written in here.</summary>
internal static class HealthPaths
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    public static void Add(OpenApiDocument document)
    {
        document.Paths ??= new OpenApiPaths();
        document.Paths[Live] = Path("checkLiveness", "Whether the process is up",
            "200 while the process runs, whatever the state of the database: restart the process only when this fails.", unavailable: false, document);
        document.Paths[Ready] = Path("checkReadiness", "Whether the API can serve requests",
            "200 when the database answers; 503 within 3 seconds when it does not (send no traffic to this instance meanwhile).", unavailable: true, document);
    }

    private static OpenApiPathItem Path(string operationId, string summary, string description, bool unavailable, OpenApiDocument document)
    {
        var responses = new OpenApiResponses { ["200"] = Text("Healthy.") };
        if (unavailable)
        {
            responses["503"] = Text("Unhealthy: the database does not answer.");
        }
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Description = description,
                    Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                    Security = [],
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Text(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            // Healthy, Degraded or Unhealthy; written as a plain string, which client generators read as text.
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 } },
        },
    };
}
