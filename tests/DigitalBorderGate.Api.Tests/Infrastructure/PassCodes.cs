using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ZXing;
using ZXing.Common;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>Reads a pass picture the way a gate scanner would: pixels out of the PNG, then the QR decoded by ZXing.</summary>
public static class PassCodes
{
    public static string Decode(byte[] png)
    {
        var (width, height, pixels) = ReadGrayscalePng(png);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var result = reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.True(result is not null, "No QR code was found in the pass.");
        return result.Text;
    }

    /// <summary>An 8-bit grayscale, non-interlaced PNG (what the pass is), any row filter.</summary>
    public static (int Width, int Height, byte[] Pixels) ReadGrayscalePng(byte[] png)
    {
        Assert.Equal("\x89PNG\r\n\x1a\n", Encoding.Latin1.GetString(png, 0, 8));
        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.Equal([8, 0, 0, 0, 0], body[8..13].ToArray());
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }
            at += 12 + length;
        }
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (width + 1)];
            for (var x = 0; x < width; x++)
            {
                var value = raw[y * (width + 1) + 1 + x];
                int left = x > 0 ? pixels[y * width + x - 1] : 0, up = y > 0 ? pixels[(y - 1) * width + x] : 0;
                int upLeft = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
                pixels[y * width + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + left,
                    2 => value + up,
                    3 => value + (left + up) / 2,
                    4 => value + Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }
        return (width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
