using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Contract;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

public sealed class Request
{
    public Guid Id { get; set; }

    [FieldContract(Required = true, OneOf = typeof(DeclarationAction))]
    public string? Action { get; set; }

    [FieldContract(MaxLength = Endpoint.NoteMaxLength)]
    public string? Note { get; set; }

    [FieldContract(OneOf = typeof(RiskChannel), Description = "With startInspection only.")]
    public string? Channel { get; set; }

    [FieldContract(MaxLength = 50, Description = "A Control team to refer the truck to; with hold only.")]
    public string? ReferToUnitCode { get; set; }

    /// <summary>Check results to record with the action (officers only).</summary>
    public ChecksUpdate? Checks { get; set; }
}

/// <summary>Reads a transition request: names as they travel (camelCase), every problem of the request at once.</summary>
public static class TransitionRequestReading
{
    public static (TransitionRequest? Transition, List<ProblemError> Errors) ToTransition(this Request request, int noteMaxLength)
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
        return errors.Count > 0 || action is null
            ? (null, errors)
            : (new TransitionRequest(action.Value, channel, referral, request.Checks), errors);
    }
}
