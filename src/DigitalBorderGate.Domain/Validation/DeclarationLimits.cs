namespace DigitalBorderGate.Domain.Validation;

/// <summary>Upper bounds on the lists of a declaration, which keep a request's size and validation work bounded.</summary>
public static class DeclarationLimits
{
    public const int MaxGoodsGroups = 50;
    public const int MaxItemsPerGroup = 200;
    public const int MaxContainers = 10;
    public const int MaxSeals = 20;
}
