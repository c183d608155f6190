using System.Globalization;
using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Domain.Routing;

// How messages refer to gates and days, in English and Vietnamese.
internal static class GateWording
{
    // Openings and clearance routes are not border gates in law, so messages call them by what they are.
    public static string Noun(BorderGate gate) => gate.Type switch
    {
        GateType.Opening => "opening",
        GateType.ClearanceRoute => "clearance route",
        _ => "border gate",
    };

    public static string NounVi(BorderGate gate) => gate.Type switch
    {
        GateType.Opening => "Lối mở",
        GateType.ClearanceRoute => "Lối thông quan",
        _ => "Cửa khẩu",
    };

    public static string TheGate(BorderGate gate) => $"The {Noun(gate)} {gate.NameVi}";

    public static string TheGateVi(BorderGate gate) => $"{NounVi(gate)} {gate.NameVi}";

    public static string Mode(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";

    public static string ModeVi(TransportMode mode) => mode == TransportMode.Rail ? "đường sắt" : "đường bộ";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayVi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string WithNote(string sentence, string? note) =>
        string.IsNullOrWhiteSpace(note) ? sentence : $"{sentence} {note}";
}
