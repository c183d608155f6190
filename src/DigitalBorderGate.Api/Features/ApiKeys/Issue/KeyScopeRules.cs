using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

/// <summary>What a new key may be scoped to, by role; a key is never wider than its role allows.</summary>
public static class KeyScopeRules
{
    public const int MaxTaxCodes = 50;
    public const int LabelMaxLength = 100;

    public static (PrincipalRole Role, IReadOnlyList<string> Scope, string Label)? Check(Request request, ReferenceSnapshot reference, CodeLists codes, List<ProblemError> errors)
    {
        var role = Roles.Parse(request.Role?.Trim());
        if (role is null)
        {
            errors.Add(new("/role", "role.invalid", "The role is declarant, officer or admin.", "Vai trò phải là \"declarant\" (doanh nghiệp), \"officer\" (công chức) hoặc \"admin\" (quản trị)."));
        }
        var label = FreeText.Validate(request.Label, LabelMaxLength);
        if (!label.IsValid)
        {
            var error = Domain.Validation.ErrorCatalog.Create("/label", label.ErrorCode!, label.Arguments);
            errors.Add(new(error.Field, error.Code, error.Message, error.MessageVi));
        }
        var scope = (request.Scope ?? []).Select(entry => entry?.Trim() ?? "").ToList();
        var normalised = role switch
        {
            PrincipalRole.Declarant => DeclarantScope(scope, codes, errors),
            PrincipalRole.Officer => OfficerScope(scope, reference, errors),
            PrincipalRole.Admin when scope.Count > 0 => Fail(errors, "An admin key has no scope.", "Khóa quản trị không có phạm vi."),
            _ => [],
        };
        return errors.Count == 0 ? (role!.Value, normalised, label.Value!) : null;
    }

    // Tax codes are kept in their canonical form, the one declarations are stored under.
    private static IReadOnlyList<string> DeclarantScope(List<string> scope, CodeLists codes, List<ProblemError> errors)
    {
        if (scope.Count is 0 or > MaxTaxCodes)
        {
            return Fail(errors, $"A declarant key acts for 1 to {MaxTaxCodes} enterprise tax codes.", $"Khóa doanh nghiệp phải có từ 1 đến {MaxTaxCodes} mã số thuế.");
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
                errors.Add(new($"/scope/{i}", "taxCode.invalid", "Not a valid Vietnamese tax code (MST).", "Mã số thuế không hợp lệ."));
            }
        }
        return [.. canonical.Distinct(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<string> OfficerScope(List<string> scope, ReferenceSnapshot reference, List<ProblemError> errors)
    {
        if (scope.Count != 1)
        {
            return Fail(errors, "An officer key belongs to exactly one unit code, or \"*\" for the whole branch.", "Khóa công chức thuộc đúng một đơn vị, hoặc \"*\" cho toàn chi cục.");
        }
        var unit = scope[0].ToUpperInvariant();
        if (unit != ApiPrincipal.BranchWide && reference.Data.FindUnit(unit) is null)
        {
            errors.Add(new("/scope/0", "unit.unknown", "There is no unit with this code.", "Không có đơn vị nào với mã này."));
        }
        return [unit];
    }

    private static IReadOnlyList<string> Fail(List<ProblemError> errors, string message, string messageVi)
    {
        errors.Add(new("/scope", "scope.invalid", message, messageVi));
        return [];
    }
}
