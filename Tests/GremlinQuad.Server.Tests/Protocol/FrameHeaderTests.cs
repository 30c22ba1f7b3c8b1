using System.Text;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.WebSocket;

namespace GremlinQuad.Server.Tests.Protocol;

public sealed class FrameHeaderTests
{
    [Test]
    public void The_graphbinary_header_is_0x20_then_the_mime()
    {
        var header = FrameHeader.Build("application/vnd.graphbinary-v1.0");
        Assert.That(header[0], Is.EqualTo(0x20));
        Assert.That(Encoding.ASCII.GetString(header, 1, 32), Is.EqualTo("application/vnd.graphbinary-v1.0"));
    }

    [Test]
    public void A_header_parses_to_its_mime_and_payload_offset()
    {
        var frame = FrameHeader.Build("application/vnd.gremlin-v3.0+json").Concat("{}"u8.ToArray()).ToArray();
        var status = FrameHeader.TryParse(frame, out var mime, out var offset, out _);
        Assert.That(status, Is.EqualTo(ParseStatus.Done));
        Assert.That(mime, Is.EqualTo("application/vnd.gremlin-v3.0+json"));
        Assert.That(offset, Is.EqualTo(34));
    }

    [Test]
    public void A_frame_cut_inside_the_header_needs_more_data()
    {
        var header = FrameHeader.Build("application/vnd.graphbinary-v1.0");
        for (var length = 0; length < header.Length; length++)
            Assert.That(FrameHeader.TryParse(header.AsSpan(0, length), out _, out _, out _), Is.EqualTo(ParseStatus.NeedMoreData), $"cut at {length}");
    }

    [Test]
    public void A_graphbinary_message_without_header_is_explained()
    {
        var status = FrameHeader.TryParse(new byte[] { 0x81, 0, 0 }, out _, out _, out var error);
        Assert.That(status, Is.EqualTo(ParseStatus.InvalidData));
        Assert.That(error, Does.Contain("without the mime header"));
    }

    [TestCase(0)]
    [TestCase(200)]
    public void A_length_byte_outside_1_to_127_is_invalid(int length)
    {
        var status = FrameHeader.TryParse(new byte[] { (byte)length, 0x61 }, out _, out _, out var error);
        Assert.That(status, Is.EqualTo(ParseStatus.InvalidData));
        Assert.That(error, Does.Contain(length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Control_bytes_in_the_mime_are_invalid()
    {
        var status = FrameHeader.TryParse(new byte[] { 2, 0x61, 0x01 }, out _, out _, out var error);
        Assert.That(status, Is.EqualTo(ParseStatus.InvalidData));
        Assert.That(error, Does.Contain("0x01"));
    }
}
