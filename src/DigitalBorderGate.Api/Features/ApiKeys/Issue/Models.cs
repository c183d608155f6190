namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

internal sealed class Request
{
    [FieldContract(Required = true, OneOf = typeof(Auth.PrincipalRole))]
    public string? Role { get; set; }

    [FieldContract(MaxItems = KeyScopeRules.MaxTaxCodes, ItemMaxLength = 50,
        Description = "A declarant's enterprise tax codes; an officer's one unit code, or `*` for the whole branch; nothing for an admin.")]
    public IReadOnlyList<string?>? Scope { get; set; }

    [FieldContract(Required = true, MaxLength = KeyScopeRules.LabelMaxLength, Description = "Who holds the key, for the audit trail.")]
    public string? Label { get; set; }
}

/// <summary>The new key, with its secret: the only time the secret is shown.</summary>
internal sealed record IssuedApiKey(Guid Id, string Key, string Role, IReadOnlyList<string> Scope, string Label, DateTimeOffset CreatedAt);
