using System;
using System.IO;
using System.Linq;
using FitMe.Protocol;

namespace FitMe.Tests
{
    /// <summary>The generated codec against the golden vectors written by the TypeScript encoder.</summary>
    internal static class CodecTests
    {
        public static void Register(TestList tests, string repoDir)
        {
            string dir = Path.Combine(repoDir, "test", "vectors");
            string manifestPath = Path.Combine(dir, "manifest.json");
            if (!File.Exists(manifestPath))
            {
                tests.Add("golden vectors present", () => Check.True(false, manifestPath + " is missing: run `node dist/tools/vectors/write.js`"));
                return;
            }
            var manifest = Json.Parse(File.ReadAllText(manifestPath));
            Check.Equal("fitme.v1.Envelope", manifest["message"].AsString, "manifest message");
            foreach (var v in manifest["vectors"].Items)
            {
                var vector = v;
                tests.Add("vector " + vector["name"].AsString, () => Verify(dir, vector));
            }
            tests.Add("codec: every truncation and 20,000 random corruptions of the vectors decode or fail with WireFormatException", () => Corruptions(dir, manifest));
        }

        /// <summary>TryDecode lets only WireFormatException become `false`; anything else thrown fails the test.</summary>
        private static void Corruptions(string dir, Json manifest)
        {
            var random = new Random(7);
            int refused = 0, total = 0;
            foreach (var v in manifest["vectors"].Items)
            {
                byte[] input = File.ReadAllBytes(Path.Combine(dir, v["file"].AsString));
                Envelope ignored;
                string error;
                for (int length = 0; length < input.Length; length++, total++)
                    if (!Envelope.TryDecode(new ArraySegment<byte>(input, 0, length), out ignored, out error)) refused++;
                for (int i = 0; i < 20000 / manifest["vectors"].Items.Count && input.Length > 0; i++, total++)
                {
                    var bytes = (byte[])input.Clone();
                    for (int k = random.Next(1, 4); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    if (!Envelope.TryDecode(new ArraySegment<byte>(bytes), out ignored, out error)) refused++;
                }
            }
            Check.True(refused > 0 && refused < total, "some inputs refused, some accepted (" + refused + " of " + total + ")");
            Console.WriteLine("     " + refused + " of " + total + " damaged inputs refused, the rest decoded; nothing else thrown");
        }

        private static void Verify(string dir, Json vector)
        {
            byte[] input = File.ReadAllBytes(Path.Combine(dir, vector["file"].AsString));
            // Decode from the middle of a larger array: offsets must be honoured, and nothing may be
            // read past the segment's end.
            var padded = new byte[input.Length + 16];
            for (int i = 0; i < padded.Length; i++) padded[i] = 0xFF;
            Buffer.BlockCopy(input, 0, padded, 8, input.Length);
            Envelope envelope;
            string error;
            bool ok = Envelope.TryDecode(new ArraySegment<byte>(padded, 8, input.Length), out envelope, out error);
            if (vector["expect"].AsString == "error")
            {
                Check.True(!ok, "decoded a malformed vector without an error");
                Check.True(!string.IsNullOrEmpty(error), "no error message");
                return;
            }
            Check.True(ok, "decode failed: " + error);
            string diff = Json.Diff(vector["decoded"], ProtoJson.ToJson(envelope));
            Check.True(diff == null, "decoded value differs at " + diff);
            byte[] expected = File.ReadAllBytes(Path.Combine(dir, vector["reencoded"].AsString));
            byte[] actual = envelope.Encode();
            Check.True(expected.SequenceEqual(actual), "re-encoding differs: expected " + Hex(expected) + ", got " + Hex(actual));
        }

        private static string Hex(byte[] b)
        {
            string s = BitConverter.ToString(b, 0, Math.Min(b.Length, 64)).Replace("-", "");
            return b.Length > 64 ? s + "... (" + b.Length + " bytes)" : s;
        }
    }
}
