using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DigitalBorderGate.Api.Features.Declarations.Pass;

/// <summary>A white 8-bit grayscale picture that black squares and text are drawn on, written as a PNG.</summary>
internal sealed class GrayCanvas(int width, int height)
{
    private readonly byte[] pixels = Enumerable.Repeat((byte)0xFF, width * height).ToArray();

    public int Width => width;

    public int Height => height;

    public void FillSquare(int left, int top, int size)
    {
        for (var y = top; y < Math.Min(top + size, height); y++)
        {
            Array.Fill(pixels, (byte)0, y * width + left, Math.Min(size, width - left));
        }
    }

    /// <summary>Text in <see cref="BitmapFont"/>, each font pixel a square of <paramref name="scale"/>.</summary>
    public void DrawText(string text, int left, int top, int scale)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var x0 = left + i * (BitmapFont.Width + 1) * scale;
            for (var y = 0; y < BitmapFont.Height; y++)
            {
                for (var x = 0; x < BitmapFont.Width; x++)
                {
                    if (BitmapFont.Ink(text[i], x, y) && x0 + (x + 1) * scale <= width)
                    {
                        FillSquare(x0 + x * scale, top + y * scale, scale);
                    }
                }
            }
        }
    }

    public static int TextWidth(string text, int scale) => text.Length * (BitmapFont.Width + 1) * scale;

    public byte[] ToPng()
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grayscale), deflate, no filter method variants, no interlace
        WriteChunk(output, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // each row unfiltered
                    zlib.Write(pixels, y * width, width);
                }
            }
            WriteChunk(output, "IDAT", compressed.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        output.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
