using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

/// <summary>What a new key may be scoped to, by role; a key is never wider than its role allows.</summary>
public static class KeyScopeRules
{
    public const int MaxTaxCodes = 50;
    public const int LabelMaxLength = 100;

    public static (PrincipalRole Role, IReadOnlyList<string> Scope, string Label)? Check(Request request, ReferenceSnapshot reference, List<ProblemError> errors)
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
            PrincipalRole.Declarant => DeclarantScope(scope, errors),
            PrincipalRole.Officer => OfficerScope(scope, reference, errors),
            PrincipalRole.Admin when scope.Count > 0 => Fail(errors, Refusals.AdminScopeNotEmpty),
            _ => [],
        };
        return errors.Count == 0 ? (role!.Value, normalised, label.Value!) : null;
    }

    private static IReadOnlyList<string> DeclarantScope(List<string> scope, List<ProblemError> errors)
    {
        if (scope.Count is 0 or > MaxTaxCodes)
        {
            return Fail(errors, Refusals.DeclarantScopeSize(MaxTaxCodes));
        }
        for (var i = 0; i < scope.Count; i++)
        {
            if (!TaxCode.IsValid(scope[i]))
            {
                errors.Add(Refusals.ScopeTaxCodeInvalid(i));
            }
        }
        return [.. scope.Distinct(StringComparer.Ordinal)];
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
