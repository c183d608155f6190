using System.Security.Claims;

namespace DigitalBorderGate.Api.Auth;

/// <summary>
/// Who is calling: a declarant acting for enterprise tax codes, an officer of one unit (or "*" for the whole
/// branch), or an admin. Every authorisation decision of the API is a question asked of this type.
/// </summary>
internal sealed record ApiPrincipal(Guid KeyId, PrincipalRole Role, IReadOnlyList<string> Scope, string Label)
{
    public const string BranchWide = "*";
    private const string ScopeClaim = "bordergate:scope";

    public bool IsOfficer => Role == PrincipalRole.Officer;

    public bool IsBranchWideOfficer => IsOfficer && Scope.Contains(BranchWide);

    /// <summary>The single unit of an officer scoped to one unit; null for branch-wide officers and other roles.</summary>
    public string? OfficerUnit => IsOfficer && !IsBranchWideOfficer && Scope.Count > 0 ? Scope[0] : null;

    /// <summary>The tax codes a declarant acts for; null for other roles.</summary>
    public TaxCodeScope? DeclarantScope => Role == PrincipalRole.Declarant ? new TaxCodeScope(Scope) : null;

    /// <summary>A declarant acts for the tax codes in its scope, and for their branches (NNNNNNNNNN-NNN).</summary>
    public bool ActsFor(string taxCode) => DeclarantScope?.Covers(taxCode) == true;

    public bool ServesUnit(string unitCode) => IsOfficer && (IsBranchWideOfficer || Scope.Contains(unitCode));

    public string RoleName => Roles.Name(Role);

    public ClaimsPrincipal ToClaimsPrincipal(string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, KeyId.ToString("D")),
            new(ClaimTypes.Name, Label),
            new(ClaimTypes.Role, RoleName),
        };
        claims.AddRange(Scope.Select(scope => new Claim(ScopeClaim, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static ApiPrincipal From(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        Roles.Parse(user.FindFirstValue(ClaimTypes.Role)) ?? throw new InvalidOperationException("Unauthenticated principal."),
        user.FindAll(ScopeClaim).Select(claim => claim.Value).ToArray(),
        user.FindFirstValue(ClaimTypes.Name) ?? "");
}
