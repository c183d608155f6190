using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Units.List;

internal sealed class Request
{
    /// <summary>The date whose structure to show (yyyy-MM-dd); today in Vietnam when absent.</summary>
    public DateOnly? On { get; set; }
}

internal sealed class Endpoint(ReferenceDataCatalog catalog, TimeProvider clock) : Endpoint<Request, Page<UnitView>>
{
    public override void Configure()
    {
        Get("/api/v1/units");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer, Auth.Roles.Admin);
        Description(b => b
            .WithName("listUnits").WithTags("Units")
            .WithSummary("The affiliated units and the gates each serves on a date")
            .ProducesConditionalGet("Changes only when the reference data or the date does."));
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var snapshot = catalog.Current;
        var on = OnDate.Resolve(request.On, clock);
        // The branch has tens of units, never more than a page: the list is whole and nextCursor is always null.
        var cached = snapshot.Responses.Get("units", on,
            () => new Page<UnitView>(snapshot.Data.Units.Select(unit => UnitViews.ToView(unit, snapshot.Data, on)).ToList(), null));
        return Send.ResultAsync(ConditionalGet.Answer(HttpContext, cached));
    }
}
