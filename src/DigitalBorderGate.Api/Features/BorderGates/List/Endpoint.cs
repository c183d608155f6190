using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Features.Units;
using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Api.Features.BorderGates.List;

internal sealed class Request
{
    /// <summary>The date whose states and assignments to show (yyyy-MM-dd); today in Vietnam when absent.</summary>
    public DateOnly? On { get; set; }
}

/// <summary>
/// A gate as integrators see it: what it is, whether it takes goods on the date, who serves it, and its daily
/// opening hours in Vietnam's time (null where not known).
/// </summary>
internal sealed record BorderGateView(
    string Code,
    string NameVi,
    string NameEn,
    string Province,
    GateType Type,
    TransportMode Mode,
    string? ChineseSide,
    bool AcceptsGoods,
    GateState State,
    string? StateNoteVi,
    string? StateNoteEn,
    string? ServingUnitCode,
    IReadOnlyList<GateStatePeriod> States,
    OpeningHours? OpeningHours);

internal sealed class Endpoint(ReferenceDataCatalog catalog, TimeProvider clock) : Endpoint<Request, Page<BorderGateView>>
{
    public override void Configure()
    {
        Get("/api/v1/border-gates");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer, Auth.Roles.Admin);
        Description(b => b
            .WithName("listBorderGates").WithTags("Border gates")
            .WithSummary("The border gates: type, mode, state on a date and serving unit")
            .ProducesConditionalGet("Changes only when the reference data or the date does."));
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var snapshot = catalog.Current;
        var data = snapshot.Data;
        var on = OnDate.Resolve(request.On, clock);
        var cached = snapshot.Responses.Get("border-gates", on, () => new Page<BorderGateView>(data.Gates.Select(gate =>
        {
            var period = gate.StatePeriodOn(on);
            return new BorderGateView(gate.Code, gate.NameVi, gate.NameEn, gate.Province, gate.Type, gate.Mode, gate.ChineseSide, gate.AcceptsGoods,
                gate.StateOn(on), period?.NoteVi, period?.NoteEn, data.ServingUnit(gate.Code, on)?.Code, gate.States, gate.OpeningHours);
        }).ToList(), null));
        return Send.ResultAsync(ConditionalGet.Answer(HttpContext, cached));
    }
}
