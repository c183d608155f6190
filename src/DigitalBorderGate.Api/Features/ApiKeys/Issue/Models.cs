namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

public sealed class Request
{
    /// <summary>declarant, officer or admin.</summary>
    public string? Role { get; set; }

    /// <summary>A declarant's enterprise tax codes; an officer's one unit code, or "*"; nothing for an admin.</summary>
    public IReadOnlyList<string?>? Scope { get; set; }

    /// <summary>Who holds the key, for the audit trail.</summary>
    public string? Label { get; set; }
}

/// <summary>The new key, with its secret: the only time the secret is shown.</summary>
public sealed record IssuedApiKey(Guid Id, string Key, string Role, IReadOnlyList<string> Scope, string Label, DateTimeOffset CreatedAt);
