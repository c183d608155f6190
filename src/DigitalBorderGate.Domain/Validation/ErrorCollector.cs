namespace DigitalBorderGate.Domain.Validation;

/// <summary>Gathers the failures of one validation run, each bound to its JSON Pointer.</summary>
internal sealed class ErrorCollector
{
    private readonly List<ValidationError> errors = [];

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Add(ValidationError error) => errors.Add(error);

    public void AddRange(IEnumerable<ValidationError> failures) => errors.AddRange(failures);

    public void Add(string field, string code, params object[] arguments) =>
        errors.Add(ErrorCatalog.Create(field, code, arguments));

    /// <summary>Records the failure of <paramref name="result"/>, if any, and returns its value (default when failed).</summary>
    public T? Check<T>(string field, RuleResult<T> result)
    {
        if (!result.IsValid)
        {
            errors.Add(ErrorCatalog.Create(field, result.ErrorCode, result.Arguments));
        }

        return result.Value;
    }
}
