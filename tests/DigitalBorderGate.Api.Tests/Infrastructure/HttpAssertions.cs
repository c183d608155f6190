using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem-details response of the status and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        Assert.StartsWith("urn:bordergate:problem:", body.GetProperty("type").GetString());
        return body;
    }

    public static IReadOnlyList<(string Field, string Code)> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(error => (error.GetProperty("field").GetString()!, error.GetProperty("code").GetString()!))
            .ToList();

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, JsonObject body, string? idempotencyKey = null)
    {
        var response = await client.PostSubmissionAsync(body, idempotencyKey);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostSubmissionAsync(this HttpClient client, JsonNode body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/declarations") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> TransitionAsync(this HttpClient client, string id, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/declarations/{id}/transitions") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    /// <summary>Applies an action that must succeed, and returns the declaration after it.</summary>
    public static async Task<JsonElement> ActAsync(this HttpClient client, string id, object body)
    {
        var response = await client.TransitionAsync(id, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Id(this JsonElement declaration) => declaration.GetProperty("id").GetString()!;

    public static string Status(this JsonElement declaration) => declaration.GetProperty("status").GetString()!;
}
