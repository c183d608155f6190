using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Validation.Rules;
namespace DigitalBorderGate.Api.Features.Units.Queue;

/// <summary>
/// A unit's clearance queue: its open work (or, filtered by a closed status, its finished work) by expected arrival,
/// keyset-paged, with counts per status. Officers of the unit and branch-wide officers read it.
/// </summary>
internal sealed class Endpoint(Database database, RenderedDeclarations declarations, ReferenceDataCatalog catalog) : Endpoint<Request, QueuePage>
{
    public override void Configure()
    {
        Get("/api/v1/units/{code}/queue");
        Roles(Auth.Roles.Officer);
        Description(b => b
            .WithName("getUnitQueue").WithTags("Units")
            .WithSummary("A unit's clearance queue by expected arrival, with counts per status")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var unit = catalog.Current.Data.FindUnit(KnownCode.Normalize(request.Code)!);
        if (unit is null)
        {
            await Refusals.UnitNotFound.WriteAsync(HttpContext);
            return;
        }
        if (!ApiPrincipal.From(User).ServesUnit(unit.Code))
        {
            await Refusals.QueueNotServed.WriteAsync(HttpContext);
            return;
        }
        var (paging, error) = PagingRequest.Read(request.Limit, request.Cursor);
        if (error is not null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [error]);
            return;
        }
        var (rows, counts) = await Data.QueueAsync(database, request, unit.Code, paging, ct);
        var (page, next) = paging.Cut(rows, row => new KeysetCursor(row.ExpectedArrivalAt, row.Id).Encode());
        var rendered = await declarations.FindAllAsync([.. page.Select(row => row.ToVersion())], ct);
        await Send.OkAsync(new QueuePage([.. rendered.Select(declaration => declaration.View(ToItem))], next, counts), ct);
    }

    private static QueueItem ToItem(DeclarationRecord record)
    {
        // The stored content is the largest column: read once for both the progress and the plate.
        var content = record.ReadContent();
        var progress = record.ProgressOf(content);
        return new QueueItem(record.Id, record.ReferenceNumber, progress.Status, record.Version, progress.Channel,
            EnumText.Parse<Direction>(record.Direction), record.BorderGateCode, content.Vehicle.PlateNumber,
            VietnamTime.ToVietnam(record.ExpectedArrivalAt), record.DeclarantTaxCode, progress.ReferredToUnitCode)
        {
            Transshipment = progress.Transshipments.Count > 0 ? progress.Transshipments[^1] : null,
        };
    }
}
