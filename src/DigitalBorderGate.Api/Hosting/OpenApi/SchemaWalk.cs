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

    /// <summary>The schemas of parameters, bodies and headers, as written there (a reference stays a reference).</summary>
    public static IEnumerable<IOpenApiSchema> RootSchemas(OpenApiDocument document) => Roots(document, includeComponents: false);

    public static IEnumerable<IOpenApiSchema> RequestRoots(OpenApiDocument document) =>
        Operations(document).SelectMany(operation =>
            (operation.Parameters ?? []).Select(p => p.Schema)
                .Concat((operation.RequestBody?.Content?.Values ?? []).Select(m => m.Schema))
                .OfType<IOpenApiSchema>());

    public static IEnumerable<IOpenApiSchema> ResponseRoots(OpenApiDocument document) =>
        Operations(document).SelectMany(operation => ((IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? [])
            .SelectMany(response => (response.Content?.Values ?? []).Select(m => m.Schema)
                .Concat((response.Headers?.Values ?? []).Select(h => h.Schema)))
            .OfType<IOpenApiSchema>());

    /// <summary>The ids of the components the roots lead to, through any depth of references.</summary>
    public static HashSet<string> Reachable(OpenApiDocument document, IEnumerable<IOpenApiSchema> roots)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.SelectMany(References));
        while (pending.TryPop(out var id))
        {
            if (reached.Add(id) && components.TryGetValue(id, out var schema))
            {
                foreach (var next in References(schema))
                {
                    pending.Push(next);
                }
            }
        }
        return reached;
    }

    public static IEnumerable<OpenApiOperation> Operations(OpenApiDocument document) =>
        (document.Paths ?? []).SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Value.Operations?.Values ?? []);

    private static IEnumerable<OpenApiSchema> Inline(IOpenApiSchema schema) =>
        schema is OpenApiSchema concrete ? [concrete, .. Children(concrete).SelectMany(Inline)] : [];

    /// <summary>The schemas directly inside one: properties, items, allOf/anyOf/oneOf, additionalProperties, not.</summary>
    public static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema)
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
