using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Units.Get;

internal sealed class Request
{
    public string Code { get; set; } = "";

    public DateOnly? On { get; set; }
}

internal sealed class Endpoint(ReferenceDataCatalog catalog, TimeProvider clock) : Endpoint<Request, UnitView>
{
    public override void Configure()
    {
        Get("/api/v1/units/{code}");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer, Auth.Roles.Admin);
        Description(b => b
            .WithName("getUnit").WithTags("Units")
            .WithSummary("One unit and the gates it serves on a date")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var data = catalog.Current.Data;
        var unit = data.Units.FirstOrDefault(u => string.Equals(u.Code, request.Code, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            await Refusals.UnitNotFound.WriteAsync(HttpContext);
            return;
        }
        await Send.OkAsync(UnitViews.ToView(unit, data, OnDate.Resolve(request.On, clock)), ct);
    }
}
