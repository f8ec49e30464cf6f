// The fuzzer's C# side (tools/fuzz): decodes every frame on stdin with the Unity core's generated
// codec and writes its verdict. Input: frames as [u32 LE length][bytes]. Output, per frame:
// [u8 0 = accepted | 1 = refused][u32 LE length][canonical re-encoding | the error text].
// Anything thrown but a WireFormatException ends the process: the fuzzer counts it as a crash.
using System;
using System.IO;
using System.Text;
using FitMe.Protocol;

public static class DecodeHarness
{
    public static int Main()
    {
        byte[] input;
        using (var stdin = Console.OpenStandardInput())
        using (var buffer = new MemoryStream())
        {
            stdin.CopyTo(buffer);
            input = buffer.ToArray();
        }
        var output = new MemoryStream();
        int pos = 0;
        while (pos + 4 <= input.Length)
        {
            int len = input[pos] | input[pos + 1] << 8 | input[pos + 2] << 16 | input[pos + 3] << 24;
            pos += 4;
            if (len < 0 || len > input.Length - pos)
            {
                Console.Error.WriteLine("DecodeHarness: a frame of " + len + " bytes with " + (input.Length - pos) + " left");
                return 2;
            }
            // A copy of exactly the frame's bytes, so a read past its end is an exception, not the next frame.
            var frame = new byte[len];
            Buffer.BlockCopy(input, pos, frame, 0, len);
            pos += len;
            Envelope env;
            string error;
            byte[] payload;
            if (Envelope.TryDecode(new ArraySegment<byte>(frame), out env, out error))
            {
                output.WriteByte(0);
                payload = env.Encode();
            }
            else
            {
                output.WriteByte(1);
                payload = Encoding.UTF8.GetBytes(error);
            }
            output.Write(BitConverter.GetBytes(payload.Length), 0, 4);
            output.Write(payload, 0, payload.Length);
        }
        using (var stdout = Console.OpenStandardOutput())
        {
            output.WriteTo(stdout);
        }
        return 0;
    }
}
