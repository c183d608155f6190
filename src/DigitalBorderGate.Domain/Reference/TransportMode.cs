namespace DigitalBorderGate.Domain.Reference;

public enum TransportMode
{
    Road,
    Rail,
}
