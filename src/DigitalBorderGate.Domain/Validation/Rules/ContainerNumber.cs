using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>ISO 6346 container number: owner code (3 letters), category (U, J or Z), 6-digit serial, check digit.</summary>
public static partial class ContainerNumber
{
    public static string? Normalize(string? value) =>
        value is null ? null : string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var number = Normalize(value);
        if (string.IsNullOrEmpty(number))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(number))
        {
            return RuleFailure.Of(ErrorCodes.ContainerFormat);
        }

        return CheckDigit(number) == number[10] - '0' ? number : RuleFailure.Of(ErrorCodes.ContainerCheckDigit);
    }

    private static int CheckDigit(string number)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = number[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : LetterValue(c);
            sum += value << i;
        }

        return sum % 11 % 10;
    }

    // Letters count from A = 10 upwards but skip 11, 22 and 33, the multiples of the modulus.
    private static int LetterValue(char letter)
    {
        var value = 10;
        for (var c = 'A'; c < letter; c++)
        {
            value++;
            if (value % 11 == 0)
            {
                value++;
            }
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Z]{3}[UJZ][0-9]{6}[0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
