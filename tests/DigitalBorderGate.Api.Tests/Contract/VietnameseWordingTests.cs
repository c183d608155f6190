using System.Reflection;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Tests.Shared;

namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>The API's own Vietnamese wording (titles, refusals) uses no English words outside quoted values.</summary>
public sealed class VietnameseWordingTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public VietnameseWordingTests(BorderGateApp app) => this.app = app;

    [Fact]
    public void No_problem_title_in_vietnamese_contains_an_english_word()
    {
        var kinds = typeof(ProblemKind).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(ProblemKind))
            .Select(field => (ProblemKind)field.GetValue(null)!);

        Assert.All(kinds, kind => EnglishWords.AssertNone(kind.Slug, kind.TitleVi));
    }

    [Fact]
    public void No_refusal_of_the_api_catalog_contains_an_english_word_in_vietnamese()
    {
        var members = typeof(Refusals).GetMembers(BindingFlags.Public | BindingFlags.Static);
        var checkedCount = 0;
        foreach (var member in members)
        {
            var value = member switch
            {
                PropertyInfo property => property.GetValue(null),
                MethodInfo method when !method.IsSpecialName && method.GetParameters().All(p => SampleFor(p) is not null) =>
                    method.Invoke(null, [.. method.GetParameters().Select(SampleFor)]),
                _ => null,
            };
            var vietnamese = value switch
            {
                Refusal refusal => refusal.DetailVi,
                ProblemError error => error.MessageVi,
                _ => null,
            };
            if (vietnamese is not null)
            {
                EnglishWords.AssertNone(member.Name, vietnamese);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 30, $"only {checkedCount} refusals checked");
    }

    // Lists of API values (actions, event types) have English names that the Vietnamese text must quote; other
    // strings are codes (a tax code, a JSON Pointer).
    private static object? SampleFor(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(string) ? parameter.Name is "action" or "known" ? "hold, release" : "0100109106" :
        parameter.ParameterType == typeof(int) ? 5 :
        parameter.ParameterType == typeof(IReadOnlyList<string>) ? new List<string> { "release", "reject" } :
        null;

    [Fact]
    public async Task Refusals_of_officer_actions_read_in_vietnamese()
    {
        var declaration = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        var officer = app.ClientWithKey(DemoKey.HuuNghiOfficer.Secret, "vi");
        var problems = new List<JsonElement>();
        foreach (var body in new object[] { new { action = "fly" }, new { action = "startInspection", channel = "blue" }, new { action = "clear" }, new { action = "hold", referToUnitCode = "HUU_NGHI" } })
        {
            var response = await officer.PostAsJsonAsync($"/api/v1/declarations/{declaration.Id()}/transitions", body);
            problems.Add(await response.ReadJsonAsync());
        }

        Assert.All(problems, problem =>
        {
            EnglishWords.AssertNone("detail", problem.GetProperty("detail").GetString()!);
            EnglishWords.AssertNone("title", problem.GetProperty("title").GetString()!);
            if (problem.TryGetProperty("errors", out var errors))
            {
                Assert.All(errors.EnumerateArray(), error => EnglishWords.AssertNone(error.GetProperty("code").GetString()!, error.GetProperty("messageVi").GetString()!));
            }
        });
    }
}
