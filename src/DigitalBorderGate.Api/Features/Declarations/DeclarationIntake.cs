using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Settings;
using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Reference;
using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Validation;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>A declaration that passed every check, with the routing decision it gets and what officers should know.</summary>
internal sealed record AcceptedDeclaration(DeclarationContent Content, RoutingView Routing, IReadOnlyList<ProblemError> Warnings);

/// <summary>Why a declaration was not accepted: the kind of problem, every failure, and for a refused gate the alternatives and the branch serving it.</summary>
internal sealed record IntakeRefusal(ProblemKind Kind, IReadOnlyList<ProblemError> Errors, IReadOnlyList<GateAlternative>? Alternatives = null)
{
    public DigitalBorderGate.Domain.Reference.Branch? ServedBy { get; init; }

    public ApiProblem ToProblem(HttpContext context) => Problem.ForErrors(context, Kind, Errors) with { Alternatives = Alternatives, ServedBy = ServedBy };
}

/// <summary>
/// The checks every incoming declaration passes, in order: the field rules (all failures at once, 400), the
/// caller's right to declare for the tax code (403), and the gate's ability to take it (422, with alternatives).
/// Submission and amendment share it.
/// </summary>
internal sealed class DeclarationIntake(ReferenceDataCatalog catalog, CodeLists codes, TimeProvider clock, IOptions<BorderGateOptions> options)
{
    public (AcceptedDeclaration? Accepted, IntakeRefusal? Refusal) Check(ApiPrincipal principal, DeclarationDraft draft)
    {
        var reference = catalog.Current;
        var policy = new ValidationPolicy(clock.GetUtcNow(), options.Value.Declarations.MaxDaysAhead, reference.GateCodes, reference.VehicleClassCodes, codes);
        var outcome = DeclarationValidator.Validate(draft, policy);
        if (outcome.Content is not { } content)
        {
            return (null, new IntakeRefusal(ProblemKind.Validation, outcome.Errors.Select(ProblemError.From).ToList()));
        }
        if (!principal.ActsFor(content.DeclarantTaxCode))
        {
            return (null, new IntakeRefusal(ProblemKind.Forbidden, [Refusals.TaxCodeOutOfScope(content.DeclarantTaxCode)]));
        }
        var arrivalDate = VietnamTime.DateOf(content.ExpectedArrivalAt);
        return GateRouter.Route(reference.Data, content.BorderGateCode, arrivalDate, reference.ModeOf(content.Vehicle.VehicleClass), content.Direction) switch
        {
            RoutingDecision decision => (new AcceptedDeclaration(content, RoutingView.From(decision), Warnings(outcome, reference.Data.FindGate(decision.GateCode), content)), null),
            RoutingRefusal refusal => (null, new IntakeRefusal(ProblemKind.BusinessRule,
                [new ProblemError("/borderGateCode", refusal.Code, refusal.Message, refusal.MessageVi)], refusal.Alternatives)
            { ServedBy = refusal.ServedBy }),
            _ => throw new InvalidOperationException("Unknown routing outcome."),
        };
    }

    private static List<ProblemError> Warnings(ValidationOutcome outcome, BorderGate? gate, DeclarationContent content) =>
    [
        .. outcome.Warnings.Select(ProblemError.From),
        .. (gate is not null && OpeningHoursCheck.Warning(gate, content.ExpectedArrivalAt) is { } late ? [ProblemError.From(late)] : Array.Empty<ProblemError>()),
    ];

}
