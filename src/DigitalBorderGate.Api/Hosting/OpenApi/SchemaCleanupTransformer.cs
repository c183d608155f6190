using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// Makes the document read the way the wire does and come out the same every time: numbers are numbers (the
/// shared JSON options also read numbers written as strings, which is leniency, not contract), nullable references
/// are written the OpenAPI 3.0 way, schemas that no
/// operation uses are dropped, and paths, operations, responses and schemas are in a fixed order.
/// </summary>
internal sealed class SchemaCleanupTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in SchemaWalk.AllSchemas(document))
        {
            NumbersAsNumbers(schema);
            NullableReferences(schema);
            StringEnums(schema);
        }
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
    /// A nullable reference comes as <c>oneOf: [null, $ref]</c>; OpenAPI 3.0 readers (client generators among them)
    /// know it as <c>nullable: true</c> with <c>allOf: [$ref]</c>.
    /// </summary>
    private static void NullableReferences(OpenApiSchema schema)
    {
        if (schema.OneOf is { Count: 2 } oneOf
            && oneOf.Count(IsNullOnly) == 1
            && oneOf.FirstOrDefault(s => !IsNullOnly(s)) is OpenApiSchemaReference reference)
        {
            schema.OneOf = null;
            schema.AllOf = [reference];
            schema.Type = JsonSchemaType.Null;
        }
    }

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
