using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using FastEndpoints;
using DigitalBorderGate.Api.Contract;

namespace DigitalBorderGate.Api.Features.Units.List;

public sealed class Request
{
    /// <summary>The date whose structure to show (yyyy-MM-dd); today in Vietnam when absent.</summary>
    public DateOnly? On { get; set; }
}

public sealed class Endpoint(ReferenceDataCatalog catalog, TimeProvider clock) : Endpoint<Request, Page<UnitView>>
{
    public override void Configure()
    {
        Get("/api/v1/units");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer, Auth.Roles.Admin);
        Description(b => b
            .WithName("listUnits").WithTags("Units")
            .WithSummary("The affiliated units and the gates each serves on a date"));
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var data = catalog.Current.Data;
        var on = OnDate.Resolve(request.On, clock);
        // The branch has tens of units, never more than a page: the list is whole and nextCursor is always null.
        var units = data.Units.Select(unit => UnitViews.ToView(unit, data, on)).ToList();
        return Send.OkAsync(new Page<UnitView>(units, null), ct);
    }
}
