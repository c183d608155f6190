namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>Rules every operation of the document follows, whoever adds the endpoint.</summary>
public sealed class OpenApiConventionTests(BorderGateApp app) : IClassFixture<BorderGateApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private async Task<List<(string Path, string Method, JsonElement Operation)>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => (path.Name, op.Name, op.Value.Clone())))
            .ToList();
    }

    [Fact]
    public async Task Every_operation_has_a_unique_camelCase_operation_id()
    {
        var operations = await OperationsAsync();
        Assert.NotEmpty(operations);
        var missing = operations.Where(o => !o.Operation.TryGetProperty("operationId", out var id) || string.IsNullOrEmpty(id.GetString()))
            .Select(o => $"{o.Method} {o.Path}");
        Assert.Empty(missing);
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(char.IsLower(id[0]) && id.All(char.IsLetterOrDigit), $"{id} is not camelCase"));
    }

    [Fact]
    public async Task Every_api_operation_requires_the_api_key()
    {
        var unsecured = (await OperationsAsync())
            .Where(o => !(o.Path.StartsWith("/health", StringComparison.Ordinal) || o.Path.StartsWith("/openapi", StringComparison.Ordinal)))
            .Where(o => !o.Operation.TryGetProperty("security", out var security)
                || !security.EnumerateArray().Any(requirement => requirement.TryGetProperty("ApiKey", out _)))
            .Select(o => $"{o.Method} {o.Path}");
        Assert.Empty(unsecured);
    }

    [Fact]
    public async Task No_get_or_delete_operation_has_a_request_body()
    {
        var withBody = (await OperationsAsync())
            .Where(o => o.Method is "get" or "delete" && o.Operation.TryGetProperty("requestBody", out _))
            .Select(o => $"{o.Method} {o.Path}");
        Assert.Empty(withBody);
    }

    [Fact]
    public async Task Every_error_response_is_problem_details()
    {
        // The health checks answer plain text for load balancers, errors included.
        var notProblems = (await OperationsAsync())
            .Where(o => !o.Path.StartsWith("/health", StringComparison.Ordinal))
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject().Select(r => (o.Method, o.Path, Status: r.Name, Response: r.Value)))
            .Where(r => r.Status.StartsWith('4') || r.Status.StartsWith('5'))
            .Where(r => !r.Response.TryGetProperty("content", out var content)
                || !content.TryGetProperty("application/problem+json", out var media)
                || media.GetProperty("schema").GetProperty("$ref").GetString() != "#/components/schemas/ApiProblem")
            .Select(r => $"{r.Method} {r.Path} {r.Status}");
        Assert.Empty(notProblems);
    }

    [Fact]
    public async Task Every_path_parameter_of_the_route_is_declared()
    {
        var undeclared = (await OperationsAsync())
            .SelectMany(o => System.Text.RegularExpressions.Regex.Matches(o.Path, @"\{([^}]+)\}").Select(m => (o.Method, o.Path, Name: m.Groups[1].Value, o.Operation)))
            .Where(p => !p.Operation.TryGetProperty("parameters", out var parameters)
                || !parameters.EnumerateArray().Any(x => x.GetProperty("in").GetString() == "path" && x.GetProperty("name").GetString() == p.Name))
            .Select(p => $"{p.Method} {p.Path} {{{p.Name}}}");
        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task The_document_and_the_reference_page_need_no_key()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        var page = await client.GetAsync("/docs/");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        // Everywhere else the API keeps its strict policy.
        var api = await client.GetAsync("/openapi/v1.json");
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join(";", api.Headers.GetValues("Content-Security-Policy")));
    }
}
