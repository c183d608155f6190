using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

internal sealed class Request
{
    public Guid Id { get; set; }

    /// <summary>confirmArrival, confirmYardEntry, startInspection, clear, confirmExit, hold, release, reject, turnBack, transship, cancel or linkCustomsDeclaration.</summary>
    [FieldContract(Required = true, OneOf = typeof(DeclarationAction))]
    public string? Action { get; set; }

    [FieldContract(MaxLength = Endpoint.NoteMaxLength)]
    public string? Note { get; set; }

    [FieldContract(OneOf = typeof(RiskChannel), Description = "With startInspection only.")]
    public string? Channel { get; set; }

    [FieldContract(MaxLength = 50, Description = "A Control team to refer the truck to; with hold only.")]
    public string? ReferToUnitCode { get; set; }

    /// <summary>Check results to record with the action (officers only): for the goods of customsDeclarationNumber, or for every goods group not yet cleared.</summary>
    public ChecksUpdate? Checks { get; set; }

    /// <summary>
    /// The 12-digit customs declaration whose goods a startInspection or clear concerns (without it: every goods group
    /// not yet cleared); with linkCustomsDeclaration, the number the declarant links to the goods group at goodsIndex.
    /// </summary>
    public string? CustomsDeclarationNumber { get; set; }

    /// <summary>The goods group (0-based, in the order submitted) a linkCustomsDeclaration gives its number to.</summary>
    public int? GoodsIndex { get; set; }

    /// <summary>The transfer a transship records: the receiving vehicle and the transfer area.</summary>
    public TransshipmentRequest? Transshipment { get; set; }
}

/// <summary>Goods moved in the yard to a receiving vehicle: Vietnamese (VN), or Chinese (CN) for an export handed over at the border.</summary>
internal sealed class TransshipmentRequest
{
    public string? ReceivingPlateNumber { get; set; }

    /// <summary>VN or CN.</summary>
    public string? ReceivingNationality { get; set; }

    public string? TransferArea { get; set; }
}

/// <summary>Reads a transition request: names as they travel (camelCase), every problem of the request at once.</summary>
internal static class TransitionRequestReading
{
    public static (TransitionRequest? Transition, List<ProblemError> Errors) ToTransition(this Request request, int noteMaxLength, IReadOnlySet<string> plateProvinces)
    {
        var errors = new List<ProblemError>();
        DeclarationAction? action = null;
        if (string.IsNullOrWhiteSpace(request.Action))
        {
            errors.Add(Refusals.ActionRequired);
        }
        else if (EnumText.TryParseName<DeclarationAction>(request.Action, out var parsed))
        {
            action = parsed;
        }
        else
        {
            var known = string.Join(", ", Enum.GetValues<DeclarationAction>().Select(a => EnumText.Of(a)));
            errors.Add(Refusals.ActionUnknown(known));
        }
        RiskChannel? channel = null;
        if (request.Channel is not null)
        {
            if (EnumText.TryParseName<RiskChannel>(request.Channel, out var parsedChannel))
            {
                channel = parsedChannel;
            }
            else
            {
                errors.Add(Refusals.ChannelInvalid);
            }
        }
        if (!string.IsNullOrWhiteSpace(request.Note) && FreeText.Validate(request.Note, noteMaxLength) is { IsValid: false } noteResult)
        {
            var error = Domain.Validation.ErrorCatalog.Create("/note", noteResult.ErrorCode!, noteResult.Arguments);
            errors.Add(ProblemError.From(error));
        }
        var referral = string.IsNullOrWhiteSpace(request.ReferToUnitCode) ? null : KnownCode.Normalize(request.ReferToUnitCode);
        var transshipment = ReadTransshipment(request.Transshipment, errors) is { } report ? report with { VietnamesePlateProvinces = plateProvinces } : null;
        return errors.Count > 0 || action is null
            ? (null, errors)
            : (new TransitionRequest(action.Value, channel, referral, request.Checks)
            {
                CustomsDeclarationNumber = string.IsNullOrWhiteSpace(request.CustomsDeclarationNumber) ? null : request.CustomsDeclarationNumber.Trim(),
                GoodsIndex = request.GoodsIndex,
                Transshipment = transshipment,
                Note = request.Note,
            }, errors);
    }

    private static TransshipmentReport? ReadTransshipment(TransshipmentRequest? request, List<ProblemError> errors)
    {
        if (request is null)
        {
            return null;
        }
        VehicleNationality? nationality = null;
        if (request.ReceivingNationality is not null)
        {
            if (EnumText.TryParseName<VehicleNationality>(request.ReceivingNationality, out var parsed))
            {
                nationality = parsed;
            }
            else
            {
                errors.Add(Refusals.ReceivingNationalityInvalid);
            }
        }
        return new TransshipmentReport(request.ReceivingPlateNumber, nationality, request.TransferArea);
    }
}
