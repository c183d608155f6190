using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// Writes each request field's <see cref="FieldContractAttribute"/> (or its entry in <see cref="SubmissionContract"/>)
/// into its schema, and notes on each object type which of its fields the server requires; the document pass
/// (<see cref="SchemaCleanupTransformer"/>) makes that the <c>required</c> list of the types only requests use.
/// </summary>
internal sealed class FieldContractTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && !FieldContracts.IsNamedType(schema)
            && FieldContracts.Of(property.AttributeProvider as PropertyInfo) is { } contract)
        {
            FieldContracts.Apply(schema, contract);
        }
        // An object type is seen on its own or as a property's type (then it is the same, shared schema).
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            var required = context.JsonTypeInfo.Properties
                .Where(p => FieldContracts.Of(p.AttributeProvider as PropertyInfo)?.Required == true)
                .Select(p => p.Name)
                .ToHashSet(StringComparer.Ordinal);
            schema.Metadata ??= new Dictionary<string, object>();
            schema.Metadata[FieldContracts.ServerRequiredKey] = required;
            if (SubmissionContract.DescriptionOf(context.JsonTypeInfo.Type) is { } description)
            {
                schema.Description = description;
            }
        }
        return Task.CompletedTask;
    }
}

internal static class FieldContracts
{
    /// <summary>Schema metadata (never written out): the names of the fields the server requires.</summary>
    public const string ServerRequiredKey = "x-server-required";

    /// <summary>Schema metadata (never written out): the name of the closed set a string takes its values from.</summary>
    public const string ClosedSetKey = "x-closed-set";

    public static FieldContractAttribute? Of(PropertyInfo? property) =>
        property is null ? null : property.GetCustomAttribute<FieldContractAttribute>() ?? SubmissionContract.Of(property);

    /// <summary>A type that has its own component: its schema is shared, so a field's rules are not written into it.</summary>
    public static bool IsNamedType(OpenApiSchema schema) =>
        schema.Metadata?.TryGetValue("x-schema-id", out var id) == true && id is string { Length: > 0 };

    public static IReadOnlySet<string>? ServerRequired(IOpenApiSchema schema) =>
        schema is OpenApiSchema { Metadata: { } metadata } && metadata.TryGetValue(ServerRequiredKey, out var value) ? value as IReadOnlySet<string> : null;

    public static void Apply(OpenApiSchema schema, FieldContractAttribute contract)
    {
        if (contract.Required && schema.Type is { } type)
        {
            // A required field may not be null either: the validator answers "required" to both.
            schema.Type = type & ~JsonSchemaType.Null;
        }
        if (contract.Description is { } description)
        {
            schema.Description = schema.Description is { Length: > 0 } existing ? existing + " " + description : description;
        }
        var isArray = schema.Type is { } t && (t & JsonSchemaType.Array) != 0;
        var values = contract.Values();
        if (isArray)
        {
            if (contract.MaxItems > 0)
            {
                schema.MaxItems = contract.MaxItems;
            }
            if (schema.Items is OpenApiSchema items)
            {
                // An element is never null: the validator refuses null elements.
                items.Type = items.Type is { } itemType ? itemType & ~JsonSchemaType.Null : null;
                SetString(items, contract.ItemMaxLength, contract.ItemPattern, null, values, nullable: false);
                NameClosedSet(items, contract.OneOf, nullable: false);
            }
            return;
        }
        var nullable = schema.Type is { } st && (st & JsonSchemaType.Null) != 0;
        SetString(schema, contract.MaxLength, contract.Pattern, contract.Format, values, nullable);
        NameClosedSet(schema, contract.OneOf, nullable);
        if (!double.IsNaN(contract.Minimum))
        {
            var minimum = contract.Minimum.ToString(CultureInfo.InvariantCulture);
            if (contract.ExclusiveMinimum)
            {
                schema.ExclusiveMinimum = minimum;
            }
            else
            {
                schema.Minimum = minimum;
            }
        }
        if (!double.IsNaN(contract.Maximum))
        {
            schema.Maximum = contract.Maximum.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// A closed set used in several places becomes one named schema (see <see cref="SchemaCleanupTransformer"/>), so
    /// clients get one type for it: an enum by its name, a list of names by its class name in the singular. A
    /// nullable use keeps its own copy, as null is not among the set's values.
    /// </summary>
    private static void NameClosedSet(OpenApiSchema schema, Type? source, bool nullable)
    {
        if (source is null || nullable || schema.Enum is not { Count: > 0 })
        {
            return;
        }
        var name = source.IsEnum || !source.Name.EndsWith('s') ? source.Name
            : source.Name.EndsWith("ses", StringComparison.Ordinal) ? source.Name[..^2]
            : source.Name[..^1];
        schema.Metadata ??= new Dictionary<string, object>();
        schema.Metadata[ClosedSetKey] = name;
    }

    public static string? ClosedSetName(IOpenApiSchema schema) =>
        schema is OpenApiSchema { Metadata: { } metadata } && metadata.TryGetValue(ClosedSetKey, out var name) ? name as string : null;

    private static void SetString(OpenApiSchema schema, int maxLength, string? pattern, string? format, IReadOnlyList<string> values, bool nullable)
    {
        if (values.Count > 0)
        {
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)), .. nullable ? new JsonNode[] { null! } : []];
        }
        if (maxLength > 0)
        {
            schema.MaxLength = maxLength;
        }
        if (pattern is not null)
        {
            schema.Pattern = pattern;
        }
        if (format is not null)
        {
            schema.Format = format;
        }
    }
}
