using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// Validates a whole submission: reports every failure at once, each at the JSON Pointer of its field, and on
/// success returns the normalised declaration. Whether a known gate is open is a business rule checked elsewhere.
/// </summary>
public static partial class DeclarationValidator
{
    public static ValidationOutcome Validate(DeclarationDraft draft, ValidationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(policy);

        var errors = new ErrorCollector();
        var direction = DirectionValue.Validate(draft.Direction);
        errors.Check("/direction", direction);
        var gate = errors.Check("/borderGateCode", KnownCode.Validate(draft.BorderGateCode, policy.KnownGateCodes, ErrorCodes.BorderGateUnknown));
        var arrival = errors.Check("/expectedArrivalAt", ExpectedArrival.Validate(draft.ExpectedArrivalAt, policy.Now, policy.MaxDaysAhead));
        var codes = policy.Codes;
        var declarant = errors.Check("/declarantTaxCode", TaxCode.Validate(draft.DeclarantTaxCode, codes.IdentityProvinces.CodeSet));
        var feePayer = IsBlank(draft.FeePayerTaxCode)
            ? declarant
            : errors.Check("/feePayerTaxCode", TaxCode.Validate(draft.FeePayerTaxCode, codes.IdentityProvinces.CodeSet));
        var phone = errors.Check("/contactPhone", PhoneNumber.Validate(draft.ContactPhone));
        var parkingYard = IsBlank(draft.ParkingYard)
            ? null
            : errors.Check("/parkingYard", FreeText.Validate(draft.ParkingYard, FreeText.PlaceMaxLength));
        var loadState = LoadStateValue.Validate(draft.LoadState);
        errors.Check("/loadState", loadState);
        var vehicle = ValidateVehicle(draft.Vehicle, policy, errors);
        var goods = ValidateGoods(draft.Goods, loadState.IsValid ? loadState.Value : null, direction.IsValid ? direction.Value : null, codes, errors);
        var transshipment = draft.Transshipment is null ? null : ValidateTransshipment(draft.Transshipment, codes, errors);

        if (errors.HasErrors)
        {
            return new ValidationOutcome(null, errors.Errors, errors.Warnings);
        }

        var content = new DeclarationContent(
            direction.Value,
            gate!,
            arrival,
            declarant!,
            feePayer!,
            phone!,
            parkingYard,
            vehicle!,
            goods,
            transshipment,
            loadState.Value);
        return new ValidationOutcome(content, [], errors.Warnings);
    }

    private static Transshipment? ValidateTransshipment(TransshipmentDraft draft, CodeLists codes, ErrorCollector errors)
    {
        // The goods move onto a Vietnamese truck, whatever the nationality of the one that brought them.
        var plate = errors.Check("/transshipment/receivingPlateNumber", VietnamesePlate.Validate(draft.ReceivingPlateNumber, codes.PlateProvinces.CodeSet));
        var area = errors.Check("/transshipment/transferArea", FreeText.Validate(draft.TransferArea, FreeText.PlaceMaxLength));
        return plate is null || area is null ? null : new Transshipment(plate, area);
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// Validates each element of an optional list of strings; a null list is empty. An oversized list is reported
    /// once and its elements are not examined, so that a huge request cannot produce a huge error list.
    /// </summary>
    private static List<T> ValidateList<T>(
        IReadOnlyList<string?>? values,
        string pointer,
        int maxCount,
        Func<string?, RuleResult<T>> rule,
        ErrorCollector errors)
    {
        var valid = new List<T>();
        if (values is null)
        {
            return valid;
        }

        if (values.Count > maxCount)
        {
            errors.Add(pointer, ErrorCodes.ListTooMany, maxCount);
            return valid;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var result = rule(values[i]);
            errors.Check($"{pointer}/{i}", result);
            if (result.IsValid)
            {
                valid.Add(result.Value!);
            }
        }

        return valid;
    }
}
