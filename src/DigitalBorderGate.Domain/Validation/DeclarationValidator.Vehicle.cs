using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Validation;

public static partial class DeclarationValidator
{
    private static Vehicle? ValidateVehicle(VehicleDraft? draft, ValidationPolicy policy, ErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add("/vehicle", ErrorCodes.Required);
            return null;
        }

        var nationalityResult = NationalityValue.Validate(draft.Nationality);
        errors.Check("/vehicle/nationality", nationalityResult);
        VehicleNationality? nationality = nationalityResult.IsValid ? nationalityResult.Value : null;

        var provinces = policy.Codes.PlateProvinces.CodeSet;
        var plate = CheckPlate("/vehicle/plateNumber", PlateOf(draft.PlateNumber, nationality, PlateRole.Truck, provinces), errors);
        var vehicleClass = errors.Check(
            "/vehicle/vehicleClass",
            KnownCode.Validate(draft.VehicleClass, policy.KnownVehicleClasses, ErrorCodes.VehicleClassUnknown));
        var trailer = IsBlank(draft.TrailerPlateNumber)
            ? null
            : CheckPlate("/vehicle/trailerPlateNumber", PlateOf(draft.TrailerPlateNumber, nationality, PlateRole.Trailer, provinces), errors);
        var containers = ValidateContainers(draft.ContainerNumbers, errors);
        var seals = ValidateList(draft.SealNumbers, "/vehicle/sealNumbers", DeclarationLimits.MaxSeals, SealNumber.Validate, errors);
        var driver = ValidateDriver(draft.Driver, policy.Codes.IdentityProvinces.CodeSet, errors);

        return plate is null || nationality is null || vehicleClass is null || driver is null
            ? null
            : new Vehicle(plate, nationality.Value, vehicleClass, trailer, containers, seals, driver);
    }

    private static RuleResult<string> PlateOf(string? value, VehicleNationality? nationality, PlateRole role, IReadOnlySet<string> provinces)
    {
        if (nationality is { } known)
        {
            return VehiclePlate.Validate(value, known, role, provinces);
        }

        // Nationality is missing or wrong (already reported): report the plate only if it fits neither country.
        var vietnamese = VietnamesePlate.Validate(value, provinces, role);
        return vietnamese.IsValid ? vietnamese : ChinesePlate.Validate(value, role);
    }

    // Chinese trucks from beyond Guangxi do cross; officers are told rather than the truck refused.
    private static string? CheckPlate(string field, RuleResult<string> result, ErrorCollector errors)
    {
        var plate = errors.Check(field, result);
        if (plate is not null && ChinesePlate.ProvinceOf(plate) is { } province && province != ChinesePlate.Guangxi)
        {
            errors.Warn(field, ErrorCodes.PlateChineseProvince, province.ToString());
        }

        return plate;
    }

    private static List<string> ValidateContainers(IReadOnlyList<string?>? values, ErrorCollector errors)
    {
        const string pointer = "/vehicle/containerNumbers";
        var containers = ValidateList(values, pointer, DeclarationLimits.MaxContainers, ContainerNumber.Validate, errors);
        if (values is null || values.Count > DeclarationLimits.MaxContainers)
        {
            return containers;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var number = ContainerNumber.Validate(values[i]);
            if (number.IsValid && !seen.Add(number.Value!))
            {
                errors.Add($"{pointer}/{i}", ErrorCodes.ListDuplicate);
            }
        }

        return containers;
    }

    private static Driver? ValidateDriver(DriverDraft? draft, IReadOnlySet<string> identityProvinces, ErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add("/vehicle/driver", ErrorCodes.Required);
            return null;
        }

        var name = errors.Check("/vehicle/driver/fullName", FreeText.Validate(draft.FullName, FreeText.NameMaxLength));
        var phone = errors.Check("/vehicle/driver/phone", PhoneNumber.Validate(draft.Phone));
        var identity = errors.Check("/vehicle/driver/identityNumber", IdentityNumber.Validate(draft.IdentityNumber, identityProvinces));
        return name is null || phone is null || identity is null ? null : new Driver(name, phone, identity);
    }
}
