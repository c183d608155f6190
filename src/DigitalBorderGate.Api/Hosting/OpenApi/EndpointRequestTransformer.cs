using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// FastEndpoints maps every route to a parameterless delegate and binds the request DTO itself, so the generator
/// sees neither parameters nor a body. This derives them from the endpoint's DTO, the way FastEndpoints binds it:
/// a property named like a <c>{segment}</c> of the route is a path parameter; <c>[FromHeader]</c> a header;
/// on GET and DELETE every other property (and <c>[QueryParam]</c> on any method) is a query parameter; on other
/// methods the rest is the JSON body, or the one <c>[FromBody]</c> property when there is one.
/// </summary>
internal sealed partial class EndpointRequestTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var definition = context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null)
        {
            return;
        }
        var method = context.Description.HttpMethod?.ToUpperInvariant() ?? "GET";
        var takesBody = method is not ("GET" or "DELETE" or "HEAD");
        var dto = definition.ReqDtoType is { } type && type != typeof(EmptyRequest) ? type : null;
        var properties = dto is null ? [] : BindableProperties(dto);
        var parameters = new List<IOpenApiParameter>();
        var bound = new HashSet<PropertyInfo>();

        foreach (var name in RouteParameterNames(context.Description.RelativePath ?? ""))
        {
            var property = properties.FirstOrDefault(p => string.Equals(BindingName(p), name, StringComparison.OrdinalIgnoreCase));
            if (property is not null)
            {
                bound.Add(property);
            }
            var schema = ParameterConventions.Limits(name,
                property is null ? new OpenApiSchema { Type = JsonSchemaType.String } : await SchemaOfAsync(property, context, cancellationToken));
            parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = schema,
                Example = ParameterConventions.PathExample(name, schema),
            });
        }
        foreach (var property in properties.Where(p => !bound.Contains(p)))
        {
            if (property.GetCustomAttribute<FromHeaderAttribute>() is { } header)
            {
                bound.Add(property);
                parameters.Add(new OpenApiParameter
                {
                    Name = header.HeaderName ?? property.Name,
                    In = ParameterLocation.Header,
                    Required = header.IsRequired || FieldContracts.Of(property)?.Required == true,
                    Schema = await SchemaOfAsync(property, context, cancellationToken),
                });
            }
            else if (property.GetCustomAttribute<FromBodyAttribute>() is null && (!takesBody || property.GetCustomAttribute<QueryParamAttribute>() is not null))
            {
                bound.Add(property);
                var name = BindingName(property);
                var schema = await SchemaOfAsync(property, context, cancellationToken);
                parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null
                        || FieldContracts.Of(property)?.Required == true,
                    Description = ParameterConventions.QueryDescription(name, property.PropertyType),
                    Schema = ParameterConventions.Limits(name, schema),
                });
            }
        }
        operation.Parameters = parameters;
        operation.RequestBody = takesBody && dto is not null
            ? await BodyAsync(operation, dto, properties.Where(p => !bound.Contains(p)).ToList(), context, cancellationToken)
            : null;
    }

    private static async Task<OpenApiRequestBody?> BodyAsync(OpenApiOperation operation, Type dto, IReadOnlyList<PropertyInfo> bodyProperties,
        OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        IOpenApiSchema schema;
        if (bodyProperties.FirstOrDefault(p => p.GetCustomAttribute<FromBodyAttribute>() is not null) is { } fromBody)
        {
            schema = SharedSchemas.Share(context.Document, await context.GetOrCreateSchemaAsync(fromBody.PropertyType, null, cancellationToken));
        }
        else if (bodyProperties.Count == 0)
        {
            return null;
        }
        else
        {
            var whole = SharedSchemas.Share(context.Document, await context.GetOrCreateSchemaAsync(dto, null, cancellationToken));
            schema = whole is OpenApiSchema inline && context.Document is { } document
                ? Register(document, BodyName(operation, dto), inline, bodyProperties)
                : whole;
        }
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    /// <summary>The DTO less what binds from the route, query or headers, named after the operation.</summary>
    private static OpenApiSchemaReference Register(OpenApiDocument document, string name, OpenApiSchema whole, IReadOnlyList<PropertyInfo> bodyProperties)
    {
        var names = bodyProperties.Select(BindingName).ToHashSet(StringComparer.Ordinal);
        var body = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = whole.Description,
            AdditionalPropertiesAllowed = whole.AdditionalPropertiesAllowed,
            Properties = (whole.Properties ?? new Dictionary<string, IOpenApiSchema>())
                .Where(p => names.Contains(p.Key))
                .ToDictionary(p => p.Key, p => p.Value),
            Required = new HashSet<string>(names.Where((FieldContracts.ServerRequired(whole) ?? new HashSet<string>()).Contains)),
        };
        document.AddComponent(name, body);
        return new OpenApiSchemaReference(name, document);
    }

    private static string BodyName(OpenApiOperation operation, Type dto) =>
        operation.OperationId is { Length: > 0 } id ? char.ToUpperInvariant(id[0]) + id[1..] + "Request" : dto.FullName!.Replace(".", "", StringComparison.Ordinal);

    /// <summary>A parameter's schema: its type's, with what the property's contract adds (never into a shared type).</summary>
    private static async Task<IOpenApiSchema> SchemaOfAsync(PropertyInfo property, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var schema = SharedSchemas.Share(context.Document, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        if (schema is OpenApiSchema inline && FieldContracts.Of(property) is { } contract)
        {
            FieldContracts.Apply(inline, contract);
        }
        return schema;
    }

    private static List<PropertyInfo> BindableProperties(Type dto) =>
        dto.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Where(p => p.GetCustomAttribute<FromClaimAttribute>() is null
                && p.GetCustomAttribute<HideFromDocsAttribute>() is null
                && p.GetCustomAttribute<DontBindAttribute>() is null
                && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .OrderBy(p => p.MetadataToken)
            .ToList();

    /// <summary>The name a property binds from: <c>[BindFrom]</c>, else its JSON name (camelCase).</summary>
    private static string BindingName(PropertyInfo property) =>
        property.GetCustomAttribute<BindFromAttribute>()?.Name
        ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);

    private static IEnumerable<string> RouteParameterNames(string route) =>
        RouteSegment().Matches(route).Select(match => match.Groups["name"].Value);

    // {id}, {id:guid}, {code?}, {*path}
    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteSegment();
}
