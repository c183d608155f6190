using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

/// <summary>What a new key may be scoped to, by role; a key is never wider than its role allows.</summary>
internal static class KeyScopeRules
{
    public const int MaxTaxCodes = 50;
    public const int LabelMaxLength = 100;

    public static (PrincipalRole Role, IReadOnlyList<string> Scope, string Label)? Check(Request request, ReferenceSnapshot reference, CodeLists codes, List<ProblemError> errors)
    {
        var role = Roles.Parse(request.Role?.Trim());
        if (role is null)
        {
            errors.Add(Refusals.RoleInvalid);
        }
        var label = FreeText.Validate(request.Label, LabelMaxLength);
        if (!label.IsValid)
        {
            errors.Add(ProblemError.From(Domain.Validation.ErrorCatalog.Create("/label", label.ErrorCode!, label.Arguments)));
        }
        var scope = (request.Scope ?? []).Select(entry => entry?.Trim() ?? "").ToList();
        var normalised = role switch
        {
            PrincipalRole.Declarant => DeclarantScope(scope, codes, errors),
            PrincipalRole.Officer => OfficerScope(scope, reference, errors),
            PrincipalRole.Admin when scope.Count > 0 => Fail(errors, Refusals.AdminScopeNotEmpty),
            _ => [],
        };
        return errors.Count == 0 ? (role!.Value, normalised, label.Value!) : null;
    }

    // Tax codes are kept in their canonical form, the one declarations are stored under.
    private static IReadOnlyList<string> DeclarantScope(List<string> scope, CodeLists codes, List<ProblemError> errors)
    {
        if (scope.Count is 0 or > MaxTaxCodes)
        {
            return Fail(errors, Refusals.DeclarantScopeSize(MaxTaxCodes));
        }
        var canonical = new List<string>(scope.Count);
        for (var i = 0; i < scope.Count; i++)
        {
            var taxCode = TaxCode.Validate(scope[i], codes.IdentityProvinces.CodeSet);
            if (taxCode.IsValid)
            {
                canonical.Add(taxCode.Value!);
            }
            else
            {
                errors.Add(Refusals.ScopeTaxCodeInvalid(i));
            }
        }
        return [.. canonical.Distinct(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<string> OfficerScope(List<string> scope, ReferenceSnapshot reference, List<ProblemError> errors)
    {
        if (scope.Count != 1)
        {
            return Fail(errors, Refusals.OfficerScopeNotOneUnit);
        }
        var unit = scope[0].ToUpperInvariant();
        if (unit != ApiPrincipal.BranchWide && reference.Data.FindUnit(unit) is null)
        {
            errors.Add(Refusals.ScopeUnitUnknown);
        }
        return [unit];
    }

    private static IReadOnlyList<string> Fail(List<ProblemError> errors, ProblemError error)
    {
        errors.Add(error);
        return [];
    }
}
