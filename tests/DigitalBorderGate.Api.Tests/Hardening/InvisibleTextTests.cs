namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>Two names that look the same must be the same: text that shows nothing is refused wherever free text is read.</summary>
public sealed class InvisibleTextTests : IDisposable
{
    private readonly BorderGateApp app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("Nguyễn\u200BVăn Đức")]
    [InlineData("Nguyễn Văn\u200F Đức")]
    [InlineData("\uFEFFNguyễn Văn Đức")]
    [InlineData("Nguy\u00ADễn Văn Đức")]
    [InlineData("Nguyễn\u3164Văn Đức")]
    [InlineData("Nguyễn Văn Đức\U000E0041")]
    public async Task A_driver_name_with_invisible_characters_is_a_400_with_its_pointer(string name)
    {
        var body = Bodies.ValidSubmission();
        body["vehicle"]!["driver"]!["fullName"] = name;

        var response = await app.As(DemoKey.DeclarantA).PostSubmissionAsync(body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(("/vehicle/driver/fullName", "text.invisibleCharacters"), problem.Errors());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("code").GetString() == "text.invisibleCharacters");
        Assert.NotEqual(error.GetProperty("message").GetString(), error.GetProperty("messageVi").GetString());
    }

    [Fact]
    public async Task A_transition_note_with_a_line_separator_is_a_400_and_changes_nothing()
    {
        var id = (await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission())).Id();

        var response = await app.As(DemoKey.HuuNghiOfficer).PostAsJsonAsync($"/api/v1/declarations/{id}/transitions",
            new { action = "confirmArrival", note = "đã đến\u2028cổng" });

        Assert.Contains(("/note", "text.invisibleCharacters"), (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
        var declaration = await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync();
        Assert.Equal("submitted", declaration.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_key_label_with_a_zero_width_joiner_is_a_400()
    {
        var response = await app.As(DemoKey.Admin).PostAsJsonAsync("/api/v1/api-keys",
            new { role = "declarant", scope = new[] { DemoKey.TaxCodeB }, label = "kế\u200Dtoán" });

        Assert.Contains(("/label", "text.invisibleCharacters"), (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }
}
