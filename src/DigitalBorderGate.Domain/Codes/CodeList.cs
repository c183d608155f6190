namespace DigitalBorderGate.Domain.Codes;

/// <summary>One official code list shipped as data under seeds/codes/, with where its values come from.</summary>
public sealed record CodeList(string Source, IReadOnlyList<CodeEntry> Codes)
{
    private HashSet<string>? codeSet;

    public IReadOnlySet<string> CodeSet => codeSet ??= Codes.Select(entry => entry.Code).ToHashSet(StringComparer.Ordinal);

    public bool Contains(string code) => CodeSet.Contains(code);
}

/// <param name="NameEn">Null where the list has no English name (provinces).</param>
public sealed record CodeEntry(string Code, string NameVi, string? NameEn = null);
