using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Validation;

public static partial class DeclarationValidator
{
    private static Vehicle? ValidateVehicle(VehicleDraft? draft, IReadOnlySet<string> knownClasses, ErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add("/vehicle", ErrorCodes.Required);
            return null;
        }

        var nationalityResult = NationalityValue.Validate(draft.Nationality);
        errors.Check("/vehicle/nationality", nationalityResult);
        VehicleNationality? nationality = nationalityResult.IsValid ? nationalityResult.Value : null;

        var plate = errors.Check("/vehicle/plateNumber", PlateOf(draft.PlateNumber, nationality, trailer: false));
        var vehicleClass = errors.Check(
            "/vehicle/vehicleClass",
            KnownCode.Validate(draft.VehicleClass, knownClasses, ErrorCodes.VehicleClassUnknown));
        var trailer = IsBlank(draft.TrailerPlateNumber)
            ? null
            : errors.Check("/vehicle/trailerPlateNumber", PlateOf(draft.TrailerPlateNumber, nationality, trailer: true));
        var containers = ValidateContainers(draft.ContainerNumbers, errors);
        var seals = ValidateList(draft.SealNumbers, "/vehicle/sealNumbers", DeclarationLimits.MaxSeals, SealNumber.Validate, errors);
        var driver = ValidateDriver(draft.Driver, errors);

        return plate is null || nationality is null || vehicleClass is null || driver is null
            ? null
            : new Vehicle(plate, nationality.Value, vehicleClass, trailer, containers, seals, driver);
    }

    private static RuleResult<string> PlateOf(string? value, VehicleNationality? nationality, bool trailer)
    {
        if (nationality is { } known)
        {
            return trailer ? VehiclePlate.ValidateTrailer(value, known) : VehiclePlate.Validate(value, known);
        }

        // Nationality is missing or wrong (already reported): report the plate only if it fits neither country.
        var vietnamese = trailer ? VietnamesePlate.ValidateTrailer(value) : VietnamesePlate.Validate(value);
        return vietnamese.IsValid ? vietnamese : ChinesePlate.Validate(value);
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

    private static Driver? ValidateDriver(DriverDraft? draft, ErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add("/vehicle/driver", ErrorCodes.Required);
            return null;
        }

        var name = errors.Check("/vehicle/driver/fullName", FreeText.Validate(draft.FullName, FreeText.NameMaxLength));
        var phone = errors.Check("/vehicle/driver/phone", PhoneNumber.Validate(draft.Phone));
        var identity = errors.Check("/vehicle/driver/identityNumber", IdentityNumber.Validate(draft.IdentityNumber));
        return name is null || phone is null || identity is null ? null : new Driver(name, phone, identity);
    }
}
