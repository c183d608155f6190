namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>The versions of a declaration a write may apply to: any, or those the client named.</summary>
internal sealed record ExpectedVersion
{
    private readonly IReadOnlySet<int>? versions;

    private ExpectedVersion(IReadOnlySet<int>? versions) => this.versions = versions;

    public static ExpectedVersion Any { get; } = new((IReadOnlySet<int>?)null);

    public static ExpectedVersion Exactly(int version) => new(new HashSet<int> { version });

    public static ExpectedVersion OneOf(IEnumerable<int> versions) => new(versions.ToHashSet());

    public bool Allows(int version) => versions is null || versions.Contains(version);
}
