namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// The stable error codes of declaration validation. Integrators branch on these strings, so a code is never
/// renamed or reused for another meaning; add a new one instead. Messages live in <see cref="ErrorCatalog"/>.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing, null or blank (also a null element inside a list).</summary>
    public const string Required = "required";

    /// <summary>Tax code (MST) is not 10 digits, 10 digits + an optional "-" + a 3-digit branch, nor 12 digits.</summary>
    public const string TaxCodeFormat = "taxCode.format";

    /// <summary>Tax code (MST) check digit (10th digit) does not match the first nine.</summary>
    public const string TaxCodeCheckDigit = "taxCode.checkDigit";

    /// <summary>Tax code (MST) branch suffix is 000; branches run 001–999.</summary>
    public const string TaxCodeBranch = "taxCode.branch";

    /// <summary>A 12-digit personal tax code whose first three digits are not a province code.</summary>
    public const string TaxCodeProvinceCode = "taxCode.provinceCode";

    /// <summary>Plate number does not match the plate format of its nationality.</summary>
    public const string PlateInvalid = "plate.invalid";

    /// <summary>A Vietnamese trailer plate whose series lacks the trailer letter R.</summary>
    public const string PlateTrailerSeries = "plate.trailerSeries";

    /// <summary>A truck's own plate in the trailer series (R in Vietnam, 挂 in China).</summary>
    public const string PlateTrailerOnTruck = "plate.trailerSeriesOnTruck";

    /// <summary>A Vietnamese plate whose first two digits are not a provincial code of the national list.</summary>
    public const string PlateProvinceCode = "plate.provinceCode";

    /// <summary>Warning, not an error: a Chinese plate from a province other than Guangxi (桂) (argument 0: the province character).</summary>
    public const string PlateChineseProvince = "plate.chineseProvince";

    /// <summary>Container number is not 4 letters (the 4th U, J or Z) and 7 digits (ISO 6346).</summary>
    public const string ContainerFormat = "container.format";

    /// <summary>Container number check digit (ISO 6346) is wrong.</summary>
    public const string ContainerCheckDigit = "container.checkDigit";

    /// <summary>Customs declaration number is not 12 digits starting with 1 (import) or 3 (export).</summary>
    public const string CustomsDeclarationFormat = "customsDeclaration.format";

    /// <summary>Customs declaration number is for the other direction (1… on an export, 3… on an import).</summary>
    public const string CustomsDeclarationDirectionMismatch = "customsDeclaration.directionMismatch";

    /// <summary>HS code is not exactly 8 digits.</summary>
    public const string HsCodeFormat = "hsCode.format";

    /// <summary>HS code is not in a chapter of the nomenclature (01–97 except 77, or 98).</summary>
    public const string HsCodeChapter = "hsCode.chapter";

    /// <summary>Phone number is neither a Vietnamese mobile or landline number (0… or +84…) nor a foreign E.164 number.</summary>
    public const string PhoneInvalid = "phone.invalid";

    /// <summary>Identity document number is not 6–20 letters A–Z or digits.</summary>
    public const string IdentityNumberInvalid = "identityNumber.invalid";

    /// <summary>A 12-digit citizen identity number whose first three digits are not a province code.</summary>
    public const string IdentityNumberProvinceCode = "identityNumber.provinceCode";

    /// <summary>Text is longer than the field allows (argument 0: the maximum length).</summary>
    public const string TextTooLong = "text.tooLong";

    /// <summary>Text contains control characters, bidirectional overrides or broken surrogate pairs.</summary>
    public const string TextControlCharacters = "text.controlCharacters";

    /// <summary>Text contains characters that show nothing (zero-width, direction marks, BOM, soft hyphen, tags, separators, fillers).</summary>
    public const string TextInvisibleCharacters = "text.invisibleCharacters";

    /// <summary>Unit of measure is not 2–5 letters or digits (e.g. KGM, TNE, PCE).</summary>
    public const string UnitFormat = "unit.format";

    /// <summary>Unit of measure is not a code of the VNACCS list.</summary>
    public const string UnitUnknown = "unit.unknown";

    /// <summary>Seal number is not 1–30 letters, digits or hyphens.</summary>
    public const string SealFormat = "seal.format";

    /// <summary>A weight or quantity is zero or negative.</summary>
    public const string NumberNotPositive = "number.notPositive";

    /// <summary>A quantity exceeds its upper bound (argument 0: the maximum).</summary>
    public const string NumberTooLarge = "number.tooLarge";

    /// <summary>A weight, or the sum of the goods groups' weights, exceeds what one truck may carry (argument 0: the limit in kg).</summary>
    public const string WeightTruckLimit = "weight.truckLimit";

    /// <summary>The item lines of a goods group weigh more than the group (arguments: the items' sum, the group's gross weight, in kg).</summary>
    public const string WeightItemsExceedGroup = "weight.itemsExceedGroup";

    /// <summary>Expected arrival is not an ISO 8601 date-time with an explicit offset.</summary>
    public const string ArrivalFormat = "arrival.format";

    /// <summary>Expected arrival is not after the time of submission.</summary>
    public const string ArrivalNotInFuture = "arrival.notInFuture";

    /// <summary>Expected arrival is further ahead than allowed (argument 0: the maximum days ahead).</summary>
    public const string ArrivalTooFarAhead = "arrival.tooFarAhead";

    /// <summary>Warning, not an error: the arrival falls outside the gate's opening hours (arguments: the gate, opening, closing, the arrival's local time).</summary>
    public const string ArrivalOutsideOpeningHours = "arrival.outsideOpeningHours";

    /// <summary>Direction is neither "import" nor "export".</summary>
    public const string DirectionInvalid = "direction.invalid";

    /// <summary>Vehicle nationality is neither "VN" nor "CN".</summary>
    public const string NationalityInvalid = "nationality.invalid";

    /// <summary>Vehicle class is not in the list of known classes.</summary>
    public const string VehicleClassUnknown = "vehicleClass.unknown";

    /// <summary>Border gate code is not in the list of known gates.</summary>
    public const string BorderGateUnknown = "borderGate.unknown";

    /// <summary>A laden truck's declaration has no goods group.</summary>
    public const string GoodsRequired = "goods.required";

    /// <summary>A truck declared empty lists goods groups.</summary>
    public const string GoodsNotAllowedWhenEmpty = "goods.notAllowedWhenEmpty";

    /// <summary>Load state is neither "laden" nor "empty".</summary>
    public const string LoadStateInvalid = "loadState.invalid";

    /// <summary>The declaration has more goods groups than allowed (argument 0: the maximum).</summary>
    public const string GoodsTooMany = "goods.tooMany";

    /// <summary>A goods group without a customs declaration number has no item line.</summary>
    public const string ItemsRequired = "items.required";

    /// <summary>A list (items, containers, seals) has more entries than allowed (argument 0: the maximum).</summary>
    public const string ListTooMany = "list.tooMany";

    /// <summary>The same value appears twice in a list (e.g. a container number).</summary>
    public const string ListDuplicate = "list.duplicate";

    /// <summary><c>startInspection</c> needs the risk channel.</summary>
    public const string ChannelRequired = "channel.required";

    /// <summary>A channel was sent with an action other than <c>startInspection</c>.</summary>
    public const string ChannelNotApplicable = "channel.notApplicable";

    /// <summary>A referral was sent with an action other than <c>hold</c>.</summary>
    public const string ReferralNotApplicable = "referral.notApplicable";

    /// <summary>The unit named for a referral does not take referrals (only the Control teams do).</summary>
    public const string ReferralUnitInvalid = "referral.unitInvalid";

    /// <summary>Check results may only be recorded by officers.</summary>
    public const string ChecksNotApplicable = "checks.notApplicable";

    /// <summary>A yellow or red channel clears only after the document check passed.</summary>
    public const string ClearDocumentsNotPassed = "clear.documentsNotPassed";

    /// <summary>A red channel clears only after the physical inspection passed.</summary>
    public const string ClearPhysicalInspectionNotPassed = "clear.physicalInspectionNotPassed";

    /// <summary>Clearance needs the quarantine check passed or recorded as not required.</summary>
    public const string ClearQuarantineNotCleared = "clear.quarantineNotCleared";

    /// <summary>Clearance needs the border-gate fees paid.</summary>
    public const string ClearFeeNotPaid = "clear.feeNotPaid";
}
