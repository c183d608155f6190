using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>Behaviour tests call the API through the generated client: one per demo key, refusals as typed problems.</summary>
public static class TypedClient
{
    public static BorderGateClient Client(this BorderGateApp app, DemoKey key) => new(app.As(key));

    public static BorderGateClient ClientWithoutKey(this BorderGateApp app) => new(app.ClientWithKey(null));

    /// <summary>The If-Match value for a version.</summary>
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>Asserts the call is refused with a problem of the status, and returns the problem.</summary>
    public static async Task<ApiProblem> ShouldFailWithAsync(this Task call, HttpStatusCode status)
    {
        var refused = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() => call);
        Assert.True((int)status == refused.StatusCode, $"Expected {(int)status}, got {refused.StatusCode}: {refused.Response}");
        Assert.StartsWith("application/problem+json", string.Join(",", refused.Headers["Content-Type"]));
        var problem = refused.Result;
        Assert.Equal((int)status, problem.Status);
        Assert.False(string.IsNullOrEmpty(problem.Title));
        Assert.False(string.IsNullOrEmpty(problem.TraceId));
        Assert.StartsWith("urn:bordergate:problem:", problem.Type);
        return problem;
    }

    /// <summary>
    /// The typed body of a successful response to a request the test sends itself: when it checks what the model hides
    /// (a header) or sends what the client cannot (a date-time with its offset: the generated client writes date-time
    /// query values in format "s", without one).
    /// </summary>
    public static async Task<T> ReadAsAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web)!;
    }

    public static IReadOnlyList<(string Field, string Code)> Errors(this ApiProblem problem) =>
        (problem.Errors ?? []).Select(error => (error.Field, error.Code)).ToList();

    public static Task<DeclarationResponse> ActAsync(this BorderGateClient client, Guid id, string action) =>
        client.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = Enum.Parse<DeclarationAction>(action, ignoreCase: true) });

    /// <summary>An enum of the client as it travels (its JSON name: <c>declaration.submitted</c>, <c>atGate</c>).</summary>
    public static string Wire<T>(this T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, WireOptions).Trim('"');

    private static readonly JsonSerializerOptions WireOptions = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
