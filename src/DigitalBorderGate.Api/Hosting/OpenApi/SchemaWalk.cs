using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>Visits the schemas of a document: every inline schema, and the ids of the components referenced.</summary>
internal static class SchemaWalk
{
    public static IEnumerable<OpenApiSchema> AllSchemas(OpenApiDocument document) =>
        Roots(document, includeComponents: true).SelectMany(Inline);

    public static IEnumerable<string> ReferencesOutsideComponents(OpenApiDocument document) =>
        Roots(document, includeComponents: false).SelectMany(References);

    /// <summary>The component ids one schema refers to, directly or through its inline parts.</summary>
    public static IEnumerable<string> References(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference
            ? reference.Reference.Id is { } id ? [id] : []
            : Children(schema).SelectMany(References);

    private static IEnumerable<OpenApiSchema> Inline(IOpenApiSchema schema) =>
        schema is OpenApiSchema concrete ? [concrete, .. Children(concrete).SelectMany(Inline)] : [];

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            yield break;
        }
        foreach (var child in (concrete.Properties?.Values ?? []).Concat(concrete.AllOf ?? []).Concat(concrete.AnyOf ?? []).Concat(concrete.OneOf ?? []))
        {
            yield return child;
        }
        if (concrete.Items is { } items)
        {
            yield return items;
        }
        if (concrete.AdditionalProperties is { } additional)
        {
            yield return additional;
        }
        if (concrete.Not is { } not)
        {
            yield return not;
        }
    }

    private static IEnumerable<IOpenApiSchema> Roots(OpenApiDocument document, bool includeComponents)
    {
        foreach (var operation in (document.Paths ?? []).SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Value.Operations?.Values ?? []))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter.Schema is { } schema)
                {
                    yield return schema;
                }
            }
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                if (media.Schema is { } schema)
                {
                    yield return schema;
                }
            }
            foreach (var response in (IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? [])
            {
                foreach (var media in response.Content?.Values ?? [])
                {
                    if (media.Schema is { } schema)
                    {
                        yield return schema;
                    }
                }
                foreach (var header in response.Headers?.Values ?? [])
                {
                    if (header.Schema is { } schema)
                    {
                        yield return schema;
                    }
                }
            }
        }
        if (includeComponents)
        {
            foreach (var schema in document.Components?.Schemas?.Values ?? [])
            {
                yield return schema;
            }
        }
    }
}
