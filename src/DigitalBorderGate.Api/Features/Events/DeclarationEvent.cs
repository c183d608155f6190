using DigitalBorderGate.Api.Contract;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Api.Features.Events;

/// <summary>What changed: the same shape in the change feed and in every webhook delivery.</summary>
public sealed record DeclarationEventData(
    Guid DeclarationId,
    string ReferenceNumber,
    [property: FieldContract(OneOf = typeof(DeclarationStatus))] string? FromStatus,
    [property: FieldContract(OneOf = typeof(DeclarationStatus))] string ToStatus,
    string UnitCode);

/// <summary>One event; <see cref="Id"/> grows in commit order and is the delivery id receivers de-duplicate by.</summary>
public sealed record DeclarationEvent(
    long Id,
    [property: FieldContract(OneOf = typeof(DeclarationEventTypes))] string Type,
    DateTimeOffset OccurredAt,
    DeclarationEventData Data);

public static class DeclarationEventTypes
{
    public const string Submitted = "declaration.submitted";
    public const string StatusChanged = "declaration.statusChanged";
    public const string Amended = "declaration.amended";

    public static readonly IReadOnlyList<string> All = [Submitted, StatusChanged, Amended];
}
