using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// The published contract: one OpenAPI document, built by ASP.NET Core's generator from the FastEndpoints endpoints
/// and the shared JSON options, made once (<see cref="ContractDocument"/>), served at /openapi/v1.json and read by the
/// reference page at /docs.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ServedPath = "/openapi/" + DocumentName + ".json";
    public const string ReferencePath = "/docs";

    public static IServiceCollection AddBorderGateOpenApi(this IServiceCollection services) =>
        services.AddSingleton<ContractDocument>().AddOpenApi(DocumentName, options =>
        {
            // 3.0 is what most client generators read best; NSwag (14.7) makes stray types of 3.1's nullable references.
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.CreateSchemaReferenceId = SchemaNames.ReferenceId;
            options.AddSchemaTransformer<FieldContractTransformer>();
            options.AddOperationTransformer<EndpointRequestTransformer>();
            options.AddOperationTransformer<OperationConventionsTransformer>();
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<SchemaCleanupTransformer>();
        });

    public static WebApplication MapBorderGateContract(this WebApplication app)
    {
        app.MapGet(ServedPath, ContractDocument.ServeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference(ReferencePath, scalar => scalar
                .WithTitle("Digital Border Gate API")
                // Its fonts would come from Scalar's CDN; the page keeps to this origin.
                .DisableDefaultFonts()
                // The reference of this API, nothing else: no AI agent, MCP offer, telemetry or Scalar's own tooling.
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .HideDeveloperTools()
                .HideClientButton()
                .AddPreferredSecuritySchemes([OperationConventionsTransformer.SecuritySchemeName])
                .WithOpenApiRoutePattern(DocumentPath))
            .AllowAnonymous();
        return app;
    }
}
