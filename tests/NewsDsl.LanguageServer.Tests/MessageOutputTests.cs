using System.IO;
using System.Text;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Transport;
using Xunit;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// The stream StreamJsonRpc writes to hands over whole frames only, from a pooled array: a flush that comes
/// mid-frame passes on the complete frames and keeps the rest, in order, for the next flush.
/// </summary>
public sealed class MessageOutputTests
{
    private static byte[] Frame(string json) => Encoding.ASCII.GetBytes("Content-Length: " + json.Length + "\r\n\r\n" + json);

    [Fact]
    public async Task A_flush_mid_frame_passes_on_the_whole_frames_and_keeps_the_rest()
    {
        var output = new MemoryStream();
        var stream = new MessageOutput(output).CreateRpcStream();
        var first = Frame("{\"a\":1}");
        var second = Frame("{\"b\":" + new string('2', 300) + "}");
        var third = Frame("{\"c\":3}");

        // Half of the first frame: nothing goes out.
        await stream.WriteAsync(first.AsMemory(0, 10));
        await stream.FlushAsync();
        Assert.Empty(output.ToArray());

        // The rest of the first frame and a part of the second: the first goes out whole, alone.
        await stream.WriteAsync(first.AsMemory(10));
        await stream.WriteAsync(second.AsMemory(0, 100));
        await stream.FlushAsync();
        Assert.Equal(first, output.ToArray());

        // The rest of the second, and the third: both follow, byte for byte, in order.
        await stream.WriteAsync(second.AsMemory(100));
        await stream.WriteAsync(third);
        await stream.FlushAsync();
        Assert.Equal([.. first, .. second, .. third], output.ToArray());

        // Nothing is left over to be sent twice.
        await stream.FlushAsync();
        Assert.Equal(first.Length + second.Length + third.Length, output.Length);
    }
}
