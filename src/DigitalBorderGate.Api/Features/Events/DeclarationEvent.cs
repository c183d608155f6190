namespace DigitalBorderGate.Api.Features.Events;

/// <summary>What changed: the same shape in the change feed and in every webhook delivery.</summary>
internal sealed record DeclarationEventData(
    Guid DeclarationId,
    string ReferenceNumber,
    [property: FieldContract(OneOf = typeof(DeclarationStatus))] string? FromStatus,
    [property: FieldContract(OneOf = typeof(DeclarationStatus))] string ToStatus,
    string UnitCode)
{
    /// <summary>The action recorded (e.g. transship, clear); a control point may keep the status.</summary>
    public string? Action { get; init; }

    /// <summary>For a re-routing: the unit whose queue held the declaration before.</summary>
    public string? FromUnitCode { get; init; }
}

/// <summary>One event; <see cref="Id"/> grows in commit order and is the delivery id receivers de-duplicate by.</summary>
internal sealed record DeclarationEvent(
    long Id,
    [property: FieldContract(OneOf = typeof(DeclarationEventTypes))] string Type,
    DateTimeOffset OccurredAt,
    DeclarationEventData Data);

internal static class DeclarationEventTypes
{
    public const string Submitted = "declaration.submitted";
    public const string StatusChanged = "declaration.statusChanged";
    public const string Amended = "declaration.amended";

    /// <summary>A reorganisation moved the declaration to the unit that now serves its gate.</summary>
    public const string Rerouted = "declaration.rerouted";

    public static readonly IReadOnlyList<string> All = [Submitted, StatusChanged, Amended, Rerouted];
}
