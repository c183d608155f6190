using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// Schemas made in a transformer come back whole, every type inline. This puts each named type (the generator marks
/// it with <c>x-schema-id</c>) in components once and refers to it, as the generator does for the schemas it makes itself.
/// </summary>
internal static class SharedSchemas
{
    private const string SchemaIdKey = "x-schema-id";

    public static IOpenApiSchema Share(OpenApiDocument? document, IOpenApiSchema schema)
    {
        if (document is null || schema is not OpenApiSchema concrete)
        {
            return schema;
        }
        ShareChildren(document, concrete);
        if (concrete.Metadata?.TryGetValue(SchemaIdKey, out var value) != true || value is not string { Length: > 0 } id)
        {
            return concrete;
        }
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(id))
        {
            document.AddComponent(id, concrete);
        }
        return new OpenApiSchemaReference(id, document);
    }

    private static void ShareChildren(OpenApiDocument document, OpenApiSchema schema)
    {
        if (schema.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = Share(document, properties[name]);
            }
        }
        if (schema.Items is { } items)
        {
            schema.Items = Share(document, items);
        }
        if (schema.AdditionalProperties is { } additional)
        {
            schema.AdditionalProperties = Share(document, additional);
        }
        if (schema.Not is { } not)
        {
            schema.Not = Share(document, not);
        }
        foreach (var list in new[] { schema.AllOf, schema.AnyOf, schema.OneOf })
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                list[i] = Share(document, list[i]);
            }
        }
    }
}
