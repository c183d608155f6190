namespace DigitalBorderGate.Domain.Tests.Declarations;

public class TaxCodeOwnershipTests
{
    [Theory]
    [InlineData("0100109106", "0100109106", true)]
    [InlineData("0100109106", "0100109106-001", true)]
    [InlineData("0100109106", "0100109106001", true)]
    [InlineData("0100109106", "4900501239", false)]
    [InlineData("0100109106", "4900501239-001", false)]
    [InlineData("0100109106", "010010910612", false)]
    [InlineData("0100109106-001", "0100109106-001", true)]
    [InlineData("0100109106-001", "0100109106", false)]
    [InlineData("0100109106-001", "0100109106-002", false)]
    [InlineData("001085012345", "001085012345", true)]
    public void A_tax_code_covers_itself_and_an_enterprise_its_branches(string scope, string taxCode, bool covered) =>
        Assert.Equal(covered, TaxCodeOwnership.Covers(scope, taxCode));

    [Theory]
    [InlineData("0100109106-001", "0100109106")]
    [InlineData("0100109106001", "0100109106")]
    [InlineData("0100109106", "0100109106")]
    [InlineData("001085012345", "001085012345")]
    public void The_enterprise_of_a_branch_is_its_ten_digit_head(string taxCode, string enterprise) =>
        Assert.Equal(enterprise, TaxCodeOwnership.EnterpriseOf(taxCode));
}
