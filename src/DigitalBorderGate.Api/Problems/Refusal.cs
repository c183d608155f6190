namespace DigitalBorderGate.Api.Problems;

/// <summary>A refusal worded in both languages: the kind of problem, and a detail the caller's language picks from.</summary>
internal sealed record Refusal(ProblemKind Kind, string Detail, string DetailVi)
{
    public ApiProblem Create(HttpContext context) => Problem.Create(context, Kind, Detail, DetailVi);

    public Task WriteAsync(HttpContext context) => Problem.WriteAsync(context, Create(context));
}
