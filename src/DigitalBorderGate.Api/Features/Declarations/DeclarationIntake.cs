using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Hosting;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Reference;
using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Validation;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>A declaration that passed every check, with the routing decision it gets and what officers should know.</summary>
public sealed record AcceptedDeclaration(DeclarationContent Content, RoutingView Routing, IReadOnlyList<ProblemError> Warnings);

/// <summary>
/// The checks every incoming declaration passes, in order: the field rules (all failures at once, 400), the
/// caller's right to declare for the tax code (403), and the gate's ability to take it (422, with alternatives).
/// Submission and amendment share it.
/// </summary>
public sealed class DeclarationIntake(ReferenceDataCatalog catalog, CodeLists codes, TimeProvider clock, IOptions<BorderGateOptions> options)
{
    public (AcceptedDeclaration? Accepted, ApiProblem? Problem) Check(HttpContext context, ApiPrincipal principal, DeclarationDraft draft)
    {
        var reference = catalog.Current;
        var policy = new ValidationPolicy(clock.GetUtcNow(), options.Value.Declarations.MaxDaysAhead, reference.GateCodes, reference.VehicleClassCodes, codes);
        var outcome = DeclarationValidator.Validate(draft, policy);
        if (outcome.Content is not { } content)
        {
            return (null, Problem.ForErrors(context, ProblemKind.Validation, outcome.Errors.Select(ToProblemError).ToList()));
        }
        if (!principal.ActsFor(content.DeclarantTaxCode))
        {
            return (null, Problem.ForErrors(context, ProblemKind.Forbidden,
            [
                new ProblemError("/declarantTaxCode", "taxCode.outOfScope",
                    $"Your API key does not act for the enterprise {content.DeclarantTaxCode}.",
                    $"Khóa API của bạn không được khai báo thay cho doanh nghiệp {content.DeclarantTaxCode}."),
            ]));
        }
        var arrivalDate = VietnamTime.DateOf(content.ExpectedArrivalAt);
        return GateRouter.Route(reference.Data, content.BorderGateCode, arrivalDate, reference.ModeOf(content.Vehicle.VehicleClass)) switch
        {
            RoutingDecision decision => (new AcceptedDeclaration(content, ToView(decision, reference), Warnings(outcome, reference.Data.FindGate(decision.GateCode), content)), null),
            RoutingRefusal refusal => (null, Problem.ForErrors(context, ProblemKind.BusinessRule,
                [new ProblemError("/borderGateCode", refusal.Code, refusal.Message, refusal.MessageVi)])
                with { Alternatives = refusal.Alternatives }),
            _ => throw new InvalidOperationException("Unknown routing outcome."),
        };
    }

    private static List<ProblemError> Warnings(ValidationOutcome outcome, BorderGate? gate, DeclarationContent content) =>
    [
        .. outcome.Warnings.Select(ToProblemError),
        .. (gate is not null && OpeningHoursCheck.Warning(gate, content.ExpectedArrivalAt) is { } late ? [ToProblemError(late)] : Array.Empty<ProblemError>()),
    ];

    private static ProblemError ToProblemError(ValidationError error) => new(error.Field, error.Code, error.Message, error.MessageVi);

    private static RoutingView ToView(RoutingDecision decision, ReferenceSnapshot reference) =>
        new(decision.UnitCode, decision.UnitNameEn, decision.UnitNameVi, decision.GateCode, decision.Rule, decision.Reason, decision.ReasonVi);
}
