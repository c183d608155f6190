using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>How schemas are named in components.</summary>
internal static class SchemaNames
{
    /// <summary>
    /// Every use case names its request DTO <c>Request</c>, in its own namespace, so that name cannot identify a
    /// schema: such DTOs are left inline and <see cref="EndpointRequestTransformer"/> names the body it derives from
    /// them after the operation. Every other type keeps the generator's name.
    /// </summary>
    public static string? ReferenceId(JsonTypeInfo type) =>
        type.Type.Name == "Request" ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
}
