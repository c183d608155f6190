using System.Reflection;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class ErrorCatalogTests
{
    private static readonly string[] DeclaredCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_declared_code_has_messages_and_the_catalog_has_no_others()
    {
        Assert.Equal(DeclaredCodes.Order(StringComparer.Ordinal), ErrorCatalog.Codes.Order(StringComparer.Ordinal));
        Assert.Equal(DeclaredCodes.Length, DeclaredCodes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Codes_are_dotted_lower_camel_case()
    {
        Assert.All(DeclaredCodes, code => Assert.Matches(@"^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)?$", code));
    }

    [Fact]
    public void Every_message_is_written_in_both_languages()
    {
        foreach (var code in DeclaredCodes)
        {
            var error = ErrorCatalog.Create("/x", code, [42, 43, 44, 45]);

            Assert.Equal("/x", error.Field);
            Assert.Equal(code, error.Code);
            Assert.False(string.IsNullOrWhiteSpace(error.Message), code);
            Assert.NotEqual(error.Message, error.MessageVi);
            Assert.Contains(error.MessageVi, c => c > '\u007F');
            Assert.DoesNotContain("{", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("{", error.MessageVi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_check_digit_message_reads_as_in_the_platform()
    {
        var error = ErrorCatalog.Create("/declarantTaxCode", ErrorCodes.TaxCodeCheckDigit);

        Assert.Equal("Mã số thuế không hợp lệ: sai chữ số kiểm tra.", error.MessageVi);
    }

    [Fact]
    public void An_unknown_code_is_a_programming_error() =>
        Assert.Throws<KeyNotFoundException>(() => ErrorCatalog.Create("/x", "no.suchCode"));
}
