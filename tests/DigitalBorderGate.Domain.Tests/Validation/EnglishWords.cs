using System.Text.RegularExpressions;

namespace DigitalBorderGate.Tests.Shared;

/// <summary>Finds English words in Vietnamese text; shared by the domain and API test projects.</summary>
internal static partial class EnglishWords
{
    /// <summary>Fails when the Vietnamese text uses an English word outside a quoted value (e.g. "import", a value the API expects).</summary>
    public static void AssertNone(string what, string messageVi)
    {
        var found = In(messageVi);
        Assert.True(found.Count == 0, $"{what}: \"{messageVi}\" contains the English word(s) {string.Join(", ", found)}.");
    }

    public static IReadOnlyList<string> In(string text)
    {
        var unquoted = Quoted().Replace(text, " ");
        return [.. Words().Matches(unquoted).Select(m => m.Value.ToLowerInvariant()).Where(Known.Contains).Distinct()];
    }

    // Hyphenated names (Idempotency-Key, If-Match) are header names, read as one word. Words that are English and never Vietnamese (Vietnamese "to", "do", "an", "me" are left out on purpose).
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "the", "and", "or", "of", "is", "are", "be", "must", "not", "no", "with", "for", "from", "this", "that", "only",
        "invalid", "required", "unknown", "missing", "error", "warning", "field", "value", "number", "code",
        "green", "yellow", "red", "channel", "hold", "release", "refer", "referral", "reject", "cancel", "clear", "cleared",
        "exit", "arrival", "arrive", "turn", "back", "amend", "submit", "submitted", "status", "queue",
        "truck", "trailer", "tractor", "vehicle", "plate", "driver", "phone", "gate", "border", "yard", "unit", "branch",
        "goods", "item", "items", "weight", "declaration", "customs", "fee", "paid", "check", "checks", "inspection",
        "document", "documents", "quarantine", "transfer", "transshipment", "empty", "laden", "import", "export", "direction",
        "province", "opening", "hours", "closed", "open", "suspended", "planned", "key", "request", "please",
    };

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Words();
}
