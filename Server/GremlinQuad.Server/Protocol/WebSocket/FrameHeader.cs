using System.Text;

namespace GremlinQuad.Server.Protocol.WebSocket;

/// <summary>
/// The mime header in front of every binary request frame: one length byte, then that many ASCII
/// bytes of mime type (gremlin-protocol.md §1.3). Text frames carry no header.
/// </summary>
internal static class FrameHeader
{
    /// <summary>Java reads the length byte as signed and rejects values &lt;= 0; we do the same so both servers agree.</summary>
    public const int MaxMimeLength = 127;

    public static ParseStatus TryParse(ReadOnlySpan<byte> frame, out string mimeType, out int payloadOffset, out string? error)
    {
        mimeType = "";
        payloadOffset = 0;
        error = null;
        if (frame.IsEmpty)
            return ParseStatus.NeedMoreData;
        int length = frame[0];
        if (length is 0 or > MaxMimeLength)
        {
            error = length == 0x81
                ? "The frame starts with 0x81, a GraphBinary message without the mime header. Prefix binary frames with one length byte and the mime type, e.g. 0x20 'application/vnd.graphbinary-v1.0'."
                : $"The frame's mime header length byte is {length}; it must be 1..{MaxMimeLength}. Prefix binary frames with one length byte and the mime type, e.g. 0x20 'application/vnd.graphbinary-v1.0'.";
            return ParseStatus.InvalidData;
        }
        if (frame.Length < 1 + length)
            return ParseStatus.NeedMoreData;
        var mime = frame.Slice(1, length);
        foreach (var b in mime)
        {
            if (b is < 0x20 or > 0x7e)
            {
                error = $"The frame's mime header contains the byte 0x{b:x2}; a mime type is printable ASCII, e.g. 'application/vnd.graphbinary-v1.0'.";
                return ParseStatus.InvalidData;
            }
        }
        mimeType = Encoding.ASCII.GetString(mime);
        payloadOffset = 1 + length;
        return ParseStatus.Done;
    }

    /// <summary>Writes the header a client puts in front of a binary request (used by tests and tools).</summary>
    public static byte[] Build(string mimeType)
    {
        var bytes = new byte[1 + mimeType.Length];
        bytes[0] = checked((byte)mimeType.Length);
        Encoding.ASCII.GetBytes(mimeType, bytes.AsSpan(1));
        return bytes;
    }
}
