namespace DigitalBorderGate.Domain.Validation;

/// <summary>Gathers the failures and the warnings of one validation run, each bound to its JSON Pointer.</summary>
internal sealed class ErrorCollector
{
    private readonly List<ValidationError> errors = [];
    private readonly List<ValidationError> warnings = [];

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ValidationError> Errors => errors;

    public IReadOnlyList<ValidationError> Warnings => warnings;

    public void Add(string field, string code, params object[] arguments) =>
        errors.Add(ErrorCatalog.Create(field, code, arguments));

    /// <summary>Records something an officer should know that does not stop the declaration.</summary>
    public void Warn(string field, string code, params object[] arguments) =>
        warnings.Add(ErrorCatalog.Create(field, code, arguments));

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
