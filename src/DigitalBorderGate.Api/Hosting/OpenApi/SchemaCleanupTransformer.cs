using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// Makes the document read the way the wire does and come out the same every time: numbers are numbers (the
/// shared JSON options also read numbers written as strings, which is leniency, not contract), nullable references
/// are written the OpenAPI 3.0 way, request types require what the server requires, schemas that no operation uses
/// are dropped, and paths, operations, responses and schemas are in a fixed order.
/// </summary>
internal sealed class SchemaCleanupTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in SchemaWalk.AllSchemas(document))
        {
            NumbersAsNumbers(schema);
            StringEnums(schema);
        }
        NullableReferences(document);
        PlainReferences(document);
        NamedClosedSets(document);
        RequiredAsTheServerRequires(document);
        DropUnused(document);
        SortEverything(document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A number also read from a string is typed "integer or string" with a numeric pattern (anyOf in OpenAPI 3.0);
    /// it is written as a number, so that is its type.
    /// </summary>
    private static void NumbersAsNumbers(OpenApiSchema schema)
    {
        const JsonSchemaType numeric = JsonSchemaType.Integer | JsonSchemaType.Number;
        if (schema.Type is { } type && (type & numeric) != 0 && (type & JsonSchemaType.String) != 0 && schema.Pattern is not null)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>
    /// A nullable reference comes as <c>oneOf: [null, $ref]</c>, which OpenAPI 3.0 cannot say: there <c>nullable</c>
    /// needs a <c>type</c> beside it, and a <c>type</c> beside a <c>$ref</c> makes client generators (NSwag among
    /// them) derive a new type. So null moves into the referenced schema when every use of it may be null; an enum
    /// also used where null is not allowed is written out in place, with null among its values; an object so used
    /// (none today) is made nullable, which only loosens what its other uses say.
    /// </summary>
    private static void NullableReferences(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } components)
        {
            return;
        }
        var inline = SchemaWalk.AllSchemas(document).ToList();
        var sites = inline.Select(schema => (Schema: schema, Reference: NullableReferenceIn(schema))).Where(s => s.Reference is not null).ToList();
        var siteSchemas = sites.Select(s => s.Schema).ToHashSet();
        var usedNonNull = SchemaWalk.RootSchemas(document)
            .Concat(inline.Where(schema => !siteSchemas.Contains(schema)).SelectMany(SchemaWalk.Children))
            .OfType<OpenApiSchemaReference>()
            .Select(reference => reference.Reference.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (site, reference) in sites)
        {
            site.OneOf = null;
            site.Type = null;
            var id = reference!.Reference.Id!;
            if (!components.TryGetValue(id, out var found) || found is not OpenApiSchema target)
            {
                continue;
            }
            if (usedNonNull.Contains(id) && !IsNullable(target) && target.Enum is { Count: > 0 } values)
            {
                site.Type = (target.Type ?? JsonSchemaType.String) | JsonSchemaType.Null;
                site.Enum = [.. values, null!];
                continue;
            }
            MakeNullable(target);
            site.AllOf = [reference];
        }
    }

    private static OpenApiSchemaReference? NullableReferenceIn(OpenApiSchema schema) =>
        schema.OneOf is { Count: 2 } oneOf && oneOf.Count(IsNullOnly) == 1 ? oneOf.FirstOrDefault(s => !IsNullOnly(s)) as OpenApiSchemaReference : null;

    private static bool IsNullable(OpenApiSchema schema) => schema.Type is { } type && (type & JsonSchemaType.Null) != 0;

    private static void MakeNullable(OpenApiSchema schema)
    {
        schema.Type = (schema.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
        if (schema.Enum is { Count: > 0 } values && !values.Any(v => v is null))
        {
            schema.Enum = [.. values, null!];
        }
    }

    /// <summary>
    /// The generator marks every constructor parameter required. That holds for responses (every field is written,
    /// null or not); for a type that only requests use, required is what the server refuses to go without.
    /// </summary>
    private static void RequiredAsTheServerRequires(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } components)
        {
            return;
        }
        var requestOnly = SchemaWalk.Reachable(document, SchemaWalk.RequestRoots(document));
        requestOnly.ExceptWith(SchemaWalk.Reachable(document, SchemaWalk.ResponseRoots(document)));
        foreach (var (id, found) in components)
        {
            if (found is not OpenApiSchema schema || FieldContracts.ServerRequired(schema) is not { } required)
            {
                continue;
            }
            var names = requestOnly.Contains(id) ? required : required.Union(schema.Required ?? new HashSet<string>()).ToHashSet();
            schema.Required = new HashSet<string>((schema.Properties?.Keys ?? []).Where(names.Contains));
        }
    }

    /// <summary>Each closed set a field or parameter names (<see cref="FieldContractAttribute.OneOf"/>) is one component.</summary>
    private static void NamedClosedSets(OpenApiDocument document)
    {
        IOpenApiSchema Named(IOpenApiSchema schema)
        {
            if (FieldContracts.ClosedSetName(schema) is not { } name || schema is not OpenApiSchema inline || inline.Description is not null)
            {
                return schema;
            }
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            if (!document.Components.Schemas.ContainsKey(name))
            {
                document.AddComponent(name, new OpenApiSchema { Type = JsonSchemaType.String, Enum = inline.Enum });
            }
            return new OpenApiSchemaReference(name, document);
        }

        foreach (var schema in SchemaWalk.AllSchemas(document).ToList())
        {
            foreach (var name in (schema.Properties?.Keys ?? []).ToList())
            {
                schema.Properties![name] = Named(schema.Properties[name]);
            }
            if (schema.Items is { } items)
            {
                schema.Items = Named(items);
            }
        }
        foreach (var parameter in SchemaWalk.Operations(document).SelectMany(o => o.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Schema is { } schema)
            {
                parameter.Schema = Named(schema);
            }
        }
    }

    /// <summary>A property that is only <c>allOf: [$ref]</c> (what a nullable reference became) is the reference itself.</summary>
    private static void PlainReferences(OpenApiDocument document)
    {
        foreach (var schema in SchemaWalk.AllSchemas(document).ToList())
        {
            foreach (var name in (schema.Properties?.Keys ?? []).ToList())
            {
                if (OnlyReference(schema.Properties![name]) is { } reference)
                {
                    schema.Properties[name] = reference;
                }
            }
            if (schema.Items is { } items && OnlyReference(items) is { } itemReference)
            {
                schema.Items = itemReference;
            }
        }
    }

    private static OpenApiSchemaReference? OnlyReference(IOpenApiSchema schema) =>
        schema is OpenApiSchema { AllOf: [OpenApiSchemaReference reference], Type: null, Description: null, Properties: null or { Count: 0 }, Enum: null or { Count: 0 } }
            ? reference
            : null;

    /// <summary>Enums travel as camelCase strings; the generator lists the names but leaves out their type.</summary>
    private static void StringEnums(OpenApiSchema schema)
    {
        if (schema.Type is null && schema.Enum is { Count: > 0 } values && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.String))
        {
            schema.Type = values.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
    }

    private static bool IsNullOnly(IOpenApiSchema schema) =>
        schema is OpenApiSchema { Type: JsonSchemaType.Null } || (schema is OpenApiSchema { Enum: [null] } && schema.Properties is not { Count: > 0 });

    private static void DropUnused(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return;
        }
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(SchemaWalk.ReferencesOutsideComponents(document));
        while (pending.TryPop(out var id))
        {
            if (reachable.Add(id) && schemas.TryGetValue(id, out var schema))
            {
                foreach (var next in SchemaWalk.References(schema))
                {
                    pending.Push(next);
                }
            }
        }
        foreach (var id in schemas.Keys.Where(id => !reachable.Contains(id)).ToList())
        {
            schemas.Remove(id);
        }
    }

    private static void SortEverything(OpenApiDocument document)
    {
        if (document.Paths is { } paths)
        {
            var sorted = new OpenApiPaths();
            foreach (var (path, item) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (item is OpenApiPathItem { Operations: { } operations } concrete)
                {
                    concrete.Operations = operations.OrderBy(o => o.Key.Method, StringComparer.Ordinal).ToDictionary();
                    foreach (var operation in concrete.Operations.Values)
                    {
                        if (operation.Responses is { } responses)
                        {
                            var ordered = new OpenApiResponses();
                            foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
                            {
                                ordered[status] = response;
                            }
                            operation.Responses = ordered;
                        }
                    }
                }
                sorted[path] = item;
            }
            document.Paths = sorted;
        }
        if (document.Components?.Schemas is { } schemas)
        {
            document.Components.Schemas = schemas.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary();
        }
    }
}
