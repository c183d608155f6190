using System.Text.Json.Serialization;
using DigitalBorderGate.Domain.Routing;

namespace DigitalBorderGate.Api.Problems;

/// <summary>The RFC 9457 body of every error response, with the contract's extensions.</summary>
internal sealed record ApiProblem(string Type, string Title, int Status, string Detail, string TraceId)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ProblemError>? Errors { get; init; }

    /// <summary>For a refused gate: the open gates that could serve instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GateAlternative>? Alternatives { get; init; }

    /// <summary>For a gate this branch no longer serves: the branch that does.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DigitalBorderGate.Domain.Reference.Branch? ServedBy { get; init; }

    /// <summary>For an action the current status does not allow: the actions it does.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }
}
