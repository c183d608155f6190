using System.Diagnostics.CodeAnalysis;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>The outcome of one field rule: the normalised value, or the stable code of the rule that failed.</summary>
public readonly record struct RuleResult<T>
{
    private RuleResult(T? value, string? errorCode, IReadOnlyList<object> arguments)
    {
        Value = value;
        ErrorCode = errorCode;
        Arguments = arguments;
    }

    /// <summary>The normalised value; meaningful only when <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>One of <see cref="ErrorCodes"/>, or null when the value is valid.</summary>
    public string? ErrorCode { get; }

    /// <summary>Values for the message placeholders of <see cref="ErrorCode"/> (e.g. a maximum length).</summary>
    public IReadOnlyList<object> Arguments { get; }

    [MemberNotNullWhen(false, nameof(ErrorCode))]
    public bool IsValid => ErrorCode is null;

    public static implicit operator RuleResult<T>(T value) => new(value, null, []);

    public static implicit operator RuleResult<T>(RuleFailure failure) => new(default, failure.Code, failure.Arguments);
}

/// <summary>A failure not yet bound to a value type; converts implicitly to any <see cref="RuleResult{T}"/>.</summary>
public readonly record struct RuleFailure(string Code, IReadOnlyList<object> Arguments)
{
    public static RuleFailure Of(string code, params object[] arguments) => new(code, arguments);
}
