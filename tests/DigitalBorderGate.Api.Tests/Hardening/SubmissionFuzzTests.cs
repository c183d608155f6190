using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>
/// Random mutations of a valid submission, sent as a new declaration or as an amendment: whatever the body, the
/// API answers a clean 4xx problem or a success, and stores exactly what it answered success for.
/// </summary>
public sealed class SubmissionFuzzTests : IClassFixture<BorderGateApp>
{
    private const int Cases = 5_000;
    private const int AmendmentCases = 1_000;

    private readonly BorderGateApp app;
    private readonly ITestOutputHelper output;

    public SubmissionFuzzTests(BorderGateApp app, ITestOutputHelper output)
    {
        this.app = app;
        this.output = output;
    }

    [Fact]
    public async Task Mutated_submissions_get_a_clean_answer_and_only_201s_are_stored()
    {
        var declarant = app.As(DemoKey.DeclarantA);
        var before = await HostileAssertions.CountVisibleAsync(declarant);
        var created = 0;
        var answered = 0;
        var statuses = new int[600];
        var clock = Stopwatch.StartNew();

        await SubmissionMutation.Cases.SampleAsync(async mutations =>
        {
            var body = SubmissionMutation.Apply(Bodies.ValidSubmission(), mutations);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await declarant.PostAsync("/api/v1/declarations", content);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Interlocked.Increment(ref answered);
            Interlocked.Increment(ref statuses[Math.Min(status, statuses.Length - 1)]);
            var defect = status switch
            {
                >= 500 => "a server error",
                >= 400 => HostileAssertions.ProblemDefect(status, response.Content.Headers.ContentType?.MediaType, text),
                201 => CreatedDefect(text),
                _ => "neither 201 nor an error",
            };
            if (status == 201)
            {
                Interlocked.Increment(ref created);
            }
            Assert.True(defect is null, $"{status}, {defect}: {HostileAssertions.Shorten(text)}");
        }, iter: Cases, print: SubmissionMutation.Describe);

        clock.Stop();
        var after = await HostileAssertions.CountVisibleAsync(declarant);
        output.WriteLine($"{answered} submissions in {clock.Elapsed.TotalSeconds:F1} s; " +
            string.Join(", ", statuses.Select((n, status) => (n, status)).Where(s => s.n > 0).Select(s => $"{s.status}: {s.n}")));
        Assert.True(answered >= Cases, $"Only {answered} cases ran.");
        Assert.Equal(before + created, after);
    }

    [Fact]
    public async Task Mutated_amendments_get_a_clean_answer_and_a_refused_one_leaves_the_declaration_as_it_was()
    {
        var declarant = app.As(DemoKey.DeclarantA);
        var clock = Stopwatch.StartNew();

        await SubmissionMutation.Cases.SampleAsync(async mutations =>
        {
            var created = await declarant.SubmitAsync(Bodies.ValidSubmission());
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{created.Id()}")
            {
                Content = new StringContent(SubmissionMutation.Apply(Bodies.ValidSubmission(), mutations), Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var response = await declarant.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var defect = status switch
            {
                >= 500 => "a server error",
                >= 400 => HostileAssertions.ProblemDefect(status, response.Content.Headers.ContentType?.MediaType, text),
                200 => HostileAssertions.FindLeak(text) is { } leak ? $"it reveals internals ({leak})" : null,
                _ => "neither 200 nor an error",
            };
            Assert.True(defect is null, $"{status}, {defect}: {HostileAssertions.Shorten(text)}");

            var stored = await (await declarant.GetAsync($"/api/v1/declarations/{created.Id()}")).ReadJsonAsync();
            Assert.Equal(status == 200 ? 2 : 1, stored.GetProperty("version").GetInt32());
            if (status != 200)
            {
                Assert.Equal(created.GetProperty("declaration").GetRawText(), stored.GetProperty("declaration").GetRawText());
            }
        }, iter: AmendmentCases, print: SubmissionMutation.Describe);

        output.WriteLine($"{AmendmentCases} amendments in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string? CreatedDefect(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String && status.GetString() == "submitted"
                ? HostileAssertions.FindLeak(text) is { } leak ? $"it reveals internals ({leak})" : null
                : "the 201 body has no status submitted";
        }
        catch (JsonException)
        {
            return "the 201 body is not JSON";
        }
    }
}

/// <summary>One change to a submission body: what to do, where, and which variant of it.</summary>
public readonly record struct Mutation(MutationKind Kind, int Target, int Variant, int Size);

public enum MutationKind
{
    Delete,
    Null,
    Number,
    Bool,
    Array,
    Object,
    HugeString,
    NastyString,
    DeepNesting,
    DuplicateListEntry,
    UnknownField,
    GarbageSubObject,
}

/// <summary>Generates and applies mutations of <see cref="Bodies.ValidSubmission"/>.</summary>
public static class SubmissionMutation
{
    private static readonly JsonObject Template = Bodies.ValidSubmission();

    /// <summary>Every value of the valid body, by path (object keys and array indexes).</summary>
    private static readonly IReadOnlyList<object[]> ValuePaths = PathsOf(Template, []).ToList();

    private static readonly IReadOnlyList<object[]> ContainerPaths =
        ValuePaths.Where(path => Find(Template, path) is JsonObject or JsonArray).ToList();

    private static readonly IReadOnlyList<object[]> ArrayPaths = ValuePaths.Where(path => Find(Template, path) is JsonArray).ToList();

    private static readonly IReadOnlyList<object[]> ObjectPaths =
        new[] { Array.Empty<object>() }.Concat(ValuePaths.Where(path => Find(Template, path) is JsonObject)).ToList();

    /// <summary>Numbers written as raw JSON text, beyond what double or decimal hold among them.</summary>
    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "-1", "0", "-0", "1e30", "79228162514264337593543950336", "1e400", "-1e400", "1E-400",
        "123456789012345678901234567890", "0.000000000000000000000000001", "2147483648", "-9223372036854775809", "3.5", "1e-7",
    ];

    /// <summary>Strings as raw JSON text, so that lone surrogates travel as the escapes a hostile client would send.</summary>
    private static readonly string[] NastyStrings =
    [
        "\"a\\u0000b\"", "\"\\u0001\\u0002\\u001f\\u007f\"", "\"12C\u202E54321\"", "\"\u202Eevil\u202C\"", "\"12C\\uD800-123\"",
        "\"\\uDC00\"", "\"\\uD83D\"", "\"🚚🇻🇳👨‍👩‍👧\"", "\"凭祥友谊关口岸\"", "\"\"", "\"   \"", "\"\\r\\n\\t\"",
        "\"' OR 1=1 --\"", "\"'; DROP TABLE declarations; --\"", "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"",
        "\"%00%2e%2e\"", "\"${jndi:ldap://x}\"", "\"{{7*7}}\"", "\"\u00A0\u2028\u2029\uFEFF\"", "\"\\\\\\\"\"", "\"24500\"", "\"true\"",
        "\"2026-02-30T25:61:00+99:00\"", "\"ｉｍｐｏｒｔ\"", "\"IMPORT\"", "\"import\\u0000\"",
    ];

    private static readonly string[] Garbage =
    [
        "\"garbage\"", "42", "[1,2,3]", "{\"x\":{\"y\":[]}}", "[null]", "[[]]", "true", "[{}]", "{\"\":null}", "\"\"", "-1",
    ];

    private static readonly string[] UnknownNames =
        ["unknown", "Direction", "__proto__", "constructor", "$type", "$id", "vehicle.plateNumber", "", "direction ", "中文", "\u202Eid"];

    private static readonly char[] HugeChars = ['A', '9', 'đ', '中', ' ', '-'];

    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<Mutation> OneMutation = Gen.Select(
        Gen.Frequency(
            (3, Gen.Const(MutationKind.Delete)),
            (3, Gen.Const(MutationKind.Null)),
            (3, Gen.Const(MutationKind.Number)),
            (2, Gen.Const(MutationKind.Bool)),
            (2, Gen.Const(MutationKind.Array)),
            (2, Gen.Const(MutationKind.Object)),
            (1, Gen.Const(MutationKind.HugeString)),
            (4, Gen.Const(MutationKind.NastyString)),
            (1, Gen.Const(MutationKind.DeepNesting)),
            (2, Gen.Const(MutationKind.DuplicateListEntry)),
            (2, Gen.Const(MutationKind.UnknownField)),
            (2, Gen.Const(MutationKind.GarbageSubObject))),
        Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[10_000, 200_000],
        (kind, target, variant, size) => new Mutation(kind, target, variant, size));

    /// <summary>One to four mutations per case.</summary>
    public static readonly Gen<Mutation[]> Cases = OneMutation.Array[1, 4];

    public static string Describe(Mutation[] mutations) => string.Join("; ", mutations.Select(Describe));

    private static string Describe(Mutation mutation)
    {
        var path = mutation.Kind switch
        {
            MutationKind.DuplicateListEntry => ArrayPaths[mutation.Target % ArrayPaths.Count],
            MutationKind.UnknownField => ObjectPaths[mutation.Target % ObjectPaths.Count],
            MutationKind.GarbageSubObject => ContainerPaths[mutation.Target % ContainerPaths.Count],
            _ => ValuePaths[mutation.Target % ValuePaths.Count],
        };
        var pointer = string.Concat(path.Select(segment => "/" + segment));
        var detail = mutation.Kind switch
        {
            MutationKind.Number => Numbers[mutation.Variant % Numbers.Length],
            MutationKind.NastyString => NastyStrings[mutation.Variant % NastyStrings.Length],
            MutationKind.HugeString => $"{mutation.Size} × '{HugeChars[mutation.Variant % HugeChars.Length]}'",
            MutationKind.DeepNesting => $"depth {Depth(mutation)}",
            MutationKind.UnknownField => $"'{UnknownNames[mutation.Variant % UnknownNames.Length]}'",
            MutationKind.GarbageSubObject => Garbage[mutation.Variant % Garbage.Length],
            MutationKind.DuplicateListEntry => $"{Copies(mutation)} copies",
            _ => "",
        };
        return $"{mutation.Kind} {pointer} {detail}".TrimEnd();
    }

    /// <summary>The body text after the mutations; a mutation whose target an earlier one removed does nothing.</summary>
    public static string Apply(JsonObject body, IEnumerable<Mutation> mutations)
    {
        var raw = new List<string>();
        foreach (var mutation in mutations)
        {
            Apply(body, mutation, raw);
        }
        var text = body.ToJsonString(Writing);
        for (var i = 0; i < raw.Count; i++)
        {
            text = text.Replace($"\"{Placeholder(i)}\"", raw[i], StringComparison.Ordinal);
        }
        return text;
    }

    private static void Apply(JsonObject body, Mutation mutation, List<string> raw)
    {
        JsonNode Raw(string json)
        {
            raw.Add(json);
            return JsonValue.Create(Placeholder(raw.Count - 1));
        }

        switch (mutation.Kind)
        {
            case MutationKind.DuplicateListEntry:
                if (Find(body, ArrayPaths[mutation.Target % ArrayPaths.Count]) is JsonArray list)
                {
                    var original = list.Count > 0 ? list[mutation.Variant % list.Count] : JsonValue.Create("CSQU3054383");
                    for (var i = 0; i < Copies(mutation); i++)
                    {
                        list.Add(original?.DeepClone());
                    }
                }
                return;
            case MutationKind.UnknownField:
                if (Find(body, ObjectPaths[mutation.Target % ObjectPaths.Count]) is JsonObject target)
                {
                    target[UnknownNames[mutation.Variant % UnknownNames.Length]] = "x";
                }
                return;
            case MutationKind.GarbageSubObject:
                Replace(body, ContainerPaths[mutation.Target % ContainerPaths.Count], Raw(Garbage[mutation.Variant % Garbage.Length]));
                return;
        }
        var path = ValuePaths[mutation.Target % ValuePaths.Count];
        if (mutation.Kind == MutationKind.Delete)
        {
            switch (Find(body, path[..^1]))
            {
                case JsonObject owner when path[^1] is string name:
                    owner.Remove(name);
                    break;
                case JsonArray array when path[^1] is int index && index < array.Count:
                    array.RemoveAt(index);
                    break;
            }
            return;
        }
        JsonNode? value = mutation.Kind switch
        {
            MutationKind.Null => null,
            MutationKind.Number => Raw(Numbers[mutation.Variant % Numbers.Length]),
            MutationKind.Bool => JsonValue.Create(mutation.Variant % 2 == 0),
            MutationKind.Array => (mutation.Variant % 3) switch
            {
                0 => new JsonArray(),
                1 => new JsonArray("x", 1, null, true),
                _ => new JsonArray(Enumerable.Range(0, 300).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            },
            MutationKind.Object => mutation.Variant % 2 == 0 ? new JsonObject() : new JsonObject { ["a"] = 1 },
            MutationKind.HugeString => JsonValue.Create(new string(HugeChars[mutation.Variant % HugeChars.Length], mutation.Size)),
            MutationKind.NastyString => Raw(NastyStrings[mutation.Variant % NastyStrings.Length]),
            MutationKind.DeepNesting => Raw(Nested(Depth(mutation), mutation.Variant % 2 == 0)),
            _ => throw new InvalidOperationException($"Unknown mutation {mutation.Kind}."),
        };
        Replace(body, path, value);
    }

    private static int Depth(Mutation mutation) => new[] { 31, 33, 64, 500, 5_000 }[mutation.Variant % 5];

    private static int Copies(Mutation mutation) => mutation.Variant % 7 == 0 ? 300 : 1 + (mutation.Variant % 3);

    private static string Nested(int depth, bool arrays) =>
        arrays
            ? new string('[', depth) + "1" + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static string Placeholder(int index) => $"@@raw{index}@@";

    private static void Replace(JsonObject body, object[] path, JsonNode? value)
    {
        switch (Find(body, path[..^1]))
        {
            case JsonObject owner when path[^1] is string name && owner.ContainsKey(name):
                owner[name] = value;
                break;
            case JsonArray array when path[^1] is int index && index < array.Count:
                array[index] = value;
                break;
        }
    }

    private static JsonNode? Find(JsonNode? node, object[] path)
    {
        foreach (var segment in path)
        {
            node = (node, segment) switch
            {
                (JsonObject owner, string name) => owner[name],
                (JsonArray array, int index) when index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    private static IEnumerable<object[]> PathsOf(JsonNode? node, object[] prefix)
    {
        var children = node switch
        {
            JsonObject owner => owner.Select(property => ((object)property.Key, property.Value)).ToList(),
            JsonArray array => array.Select((item, index) => ((object)index, item)).ToList(),
            _ => [],
        };
        foreach (var (segment, child) in children)
        {
            object[] path = [.. prefix, segment];
            yield return path;
            foreach (var deeper in PathsOf(child, path))
            {
                yield return deeper;
            }
        }
    }
}
