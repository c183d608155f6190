using System.Text.Json;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Domain.Reference;
using DigitalBorderGate.Domain.Routing;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>
/// Re-places every open declaration after a new structure is loaded, in the load's unit of work: to the unit that now
/// serves its gate, or closed as transferred where another branch took the gate over (<see cref="Rerouting"/>). If a
/// gate is left to nobody the load fails whole, so no open declaration is ever left in a queue that no longer exists.
/// </summary>
internal static class OpenDeclarationRerouting
{
    public static async Task<int> ApplyAsync(UnitOfWork unit, ReferenceDataSet data, DateTimeOffset now)
    {
        var open = await unit.Connection.QueryAsync<OpenRow>(
            """
            SELECT id AS Id, reference_number AS ReferenceNumber, declarant_tax_code AS DeclarantTaxCode, border_gate_code AS BorderGateCode,
                   unit_code AS UnitCode, queue_unit_code AS QueueUnitCode, referred_to_unit_code AS ReferredToUnitCode, status AS Status,
                   expected_arrival_at AS ExpectedArrivalAt, routing AS Routing
            FROM declarations WHERE is_open = 1
            """, transaction: unit.Transaction);
        var today = VietnamTime.DateOf(now);
        var actor = (DeclarationJournal.SystemRole, $"Reorganisation: {data.Name}", (string?)null);
        var changed = 0;
        var unplaced = new List<string>();
        foreach (var row in open)
        {
            var before = new RoutedDeclaration(row.BorderGateCode, row.UnitCode, row.ReferredToUnitCode, VietnamTime.DateOf(row.ExpectedArrivalAt));
            switch (Rerouting.Decide(data, before, today))
            {
                case Rerouted rerouted:
                    await RerouteAsync(unit, row, rerouted, actor, now);
                    changed++;
                    break;
                case TransferredOut transferred:
                    await TransferAsync(unit, row, transferred, actor, now);
                    changed++;
                    break;
                case NoServingUnit none:
                    unplaced.Add($"{row.ReferenceNumber} ({none.Reason})");
                    break;
            }
        }
        if (unplaced.Count > 0)
        {
            throw new InvalidOperationException(
                $"The data set {data.Name} would leave {unplaced.Count} open declaration(s) in no queue: {string.Join("; ", unplaced.Take(20))}. Name a unit or a branch for their gates.");
        }
        return changed;
    }

    private static async Task RerouteAsync(UnitOfWork unit, OpenRow row, Rerouted rerouted, (string, string, string?) actor, DateTimeOffset now)
    {
        var status = EnumText.Parse<DeclarationStatus>(row.Status);
        var decision = rerouted.Routing;
        var queue = status == DeclarationStatus.Held ? rerouted.ReferredToUnitCode ?? decision.UnitCode : decision.UnitCode;
        await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET unit_code = @UnitCode, queue_unit_code = @Queue, referred_to_unit_code = @Referral, routing = @Routing,
                version = version + 1, updated_at = @Now
            WHERE id = @Id
            """,
            new
            {
                row.Id,
                decision.UnitCode,
                Queue = queue,
                Referral = status == DeclarationStatus.Held ? rerouted.ReferredToUnitCode : null,
                Routing = JsonSerializer.Serialize(RoutingView.From(decision), ApiJson.Options),
                Now = now,
            }, unit.Transaction);
        var details = new HistoryDetails
        {
            FromUnitCode = row.QueueUnitCode,
            ToUnitCode = queue,
            Rule = decision.Rule,
            Reason = decision.Reason,
            ReasonVi = decision.ReasonVi,
        };
        await DeclarationJournal.AppendHistoryAsync(unit, row.Id, now, "reroute", status, status, actor, decision.ReasonVi, details);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Rerouted, now,
            new DeclarationEventData(row.Id, row.ReferenceNumber, row.Status, row.Status, queue) { Action = "reroute", FromUnitCode = row.QueueUnitCode },
            row.DeclarantTaxCode);
    }

    private static async Task TransferAsync(UnitOfWork unit, OpenRow row, TransferredOut transferred, (string, string, string?) actor, DateTimeOffset now)
    {
        var status = EnumText.Parse<DeclarationStatus>(row.Status);
        var branch = transferred.Branch;
        var routing = JsonSerializer.Deserialize<RoutingView>(row.Routing, ApiJson.Options)! with
        {
            TransferredTo = new TransferView(branch.Code, branch.NameEn, branch.NameVi, transferred.Reason, transferred.ReasonVi, now),
        };
        await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET status = @Status, is_open = 0, status_before_hold = NULL, referred_to_unit_code = NULL, queue_unit_code = @Queue,
                routing = @Routing, version = version + 1, updated_at = @Now
            WHERE id = @Id
            """,
            new { row.Id, Status = EnumText.Of(DeclarationStatus.Transferred), Queue = "", Routing = JsonSerializer.Serialize(routing, ApiJson.Options), Now = now },
            unit.Transaction);
        var details = new HistoryDetails { FromUnitCode = row.QueueUnitCode, BranchCode = branch.Code, Reason = transferred.Reason, ReasonVi = transferred.ReasonVi };
        await DeclarationJournal.AppendHistoryAsync(unit, row.Id, now, "transfer", status, DeclarationStatus.Transferred, actor, transferred.ReasonVi, details);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.StatusChanged, now,
            new DeclarationEventData(row.Id, row.ReferenceNumber, row.Status, EnumText.Of(DeclarationStatus.Transferred), row.QueueUnitCode) { Action = "transfer" },
            row.DeclarantTaxCode);
    }

    private sealed class OpenRow
    {
        public Guid Id { get; set; }
        public string ReferenceNumber { get; set; } = "";
        public string DeclarantTaxCode { get; set; } = "";
        public string BorderGateCode { get; set; } = "";
        public string UnitCode { get; set; } = "";
        public string QueueUnitCode { get; set; } = "";
        public string? ReferredToUnitCode { get; set; }
        public string Status { get; set; } = "";
        public DateTimeOffset ExpectedArrivalAt { get; set; }
        public string Routing { get; set; } = "{}";
    }
}
