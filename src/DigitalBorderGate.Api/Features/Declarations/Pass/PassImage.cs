using System.Globalization;
using System.Security;
using System.Text;
using QRCoder;

namespace DigitalBorderGate.Api.Features.Declarations.Pass;

/// <summary>What a driver's pass shows: the signed code as a QR, and beside it what the gate checks by eye.</summary>
internal sealed record PassContent(string Code, string ReferenceNumber, string PlateNumber, string GateCode, string GateNameVi, DateTimeOffset ExpectedArrivalAt)
{
    public string Arrival => ExpectedArrivalAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}

/// <summary>Draws a pass as PNG or SVG, the same layout in both: the QR on the left, four lines of text on the right.</summary>
internal static class PassImage
{
    private const int Module = 6;
    private const int TextScale = 3;
    private const int LineHeight = 34;

    private static List<System.Collections.BitArray> Modules(string code)
    {
        using var generator = new QRCodeGenerator();
        // M recovers 15 % of a creased or smudged print, and keeps the code small enough to scan from a phone screen.
        return generator.CreateQrCode(code, QRCodeGenerator.ECCLevel.M).ModuleMatrix;
    }

    private static string[] Lines(PassContent pass) =>
    [
        "BORDER GATE PASS",
        $"REF     {pass.ReferenceNumber}",
        $"PLATE   {pass.PlateNumber}",
        $"GATE    {pass.GateCode}",
        $"ARRIVAL {pass.Arrival}",
    ];

    public static byte[] Png(PassContent pass)
    {
        var modules = Modules(pass.Code);
        var qrSize = modules.Count * Module;
        var lines = Lines(pass);
        var textLeft = qrSize + 8;
        var canvas = new GrayCanvas(textLeft + lines.Max(line => GrayCanvas.TextWidth(line, TextScale)) + 24, Math.Max(qrSize, 24 + lines.Length * LineHeight));
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    canvas.FillSquare(column * Module, row * Module, Module);
                }
            }
        }
        var top = (canvas.Height - lines.Length * LineHeight) / 2;
        for (var i = 0; i < lines.Length; i++)
        {
            canvas.DrawText(lines[i], textLeft, top + i * LineHeight, TextScale);
        }
        return canvas.ToPng();
    }

    public static string Svg(PassContent pass)
    {
        var modules = Modules(pass.Code);
        var qrSize = modules.Count * Module;
        var width = qrSize + 460;
        var height = Math.Max(qrSize, 190);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                // One rectangle per run of dark modules in a row keeps the file small.
                var run = 0;
                while (column + run < modules.Count && modules[row][column + run])
                {
                    run++;
                }
                if (run > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"M{column * Module} {row * Module}h{run * Module}v{Module}h-{run * Module}z");
                    column += run;
                }
            }
        }
        svg.Append("\"/><g font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"18\" fill=\"#000\">");
        string[] lines =
        [
            "Giấy qua cửa khẩu · Border gate pass",
            $"Số tham chiếu / Ref: {pass.ReferenceNumber}",
            $"Biển số / Plate: {pass.PlateNumber}",
            $"Cửa khẩu / Gate: {pass.GateNameVi} ({pass.GateCode})",
            $"Dự kiến đến / Arrival: {pass.Arrival}",
        ];
        var top = (height - lines.Length * 30) / 2 + 20;
        for (var i = 0; i < lines.Length; i++)
        {
            var weight = i == 0 ? " font-weight=\"bold\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{qrSize + 8}\" y=\"{top + i * 30}\"{weight}>{SecurityElement.Escape(lines[i])}</text>");
        }
        return svg.Append("</g></svg>").ToString();
    }
}
