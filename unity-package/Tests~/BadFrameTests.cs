using System;
using System.IO;
using FitMe.Protocol;

namespace FitMe.Tests
{
    /// <summary>
    /// The shared corpus of edge frames (test/vectors/bad-frames/, docs/wire-rules.md): the codec
    /// refuses every "error" frame and accepts every "ok" one with the index's canonical re-encoding,
    /// the same verdicts the daemon's and the C++ decoders give.
    /// </summary>
    internal static class BadFrameTests
    {
        public static void Register(TestList tests, string repoDir)
        {
            string dir = Path.Combine(repoDir, "test", "vectors", "bad-frames");
            string indexPath = Path.Combine(dir, "index.json");
            if (!File.Exists(indexPath))
            {
                tests.Add("bad-frames corpus present", () => Check.True(false, indexPath + " is missing: run `npm run vectors`"));
                return;
            }
            var index = Json.Parse(File.ReadAllText(indexPath));
            foreach (var f in index["frames"].Items)
            {
                var frame = f;
                tests.Add("bad frame " + frame["name"].AsString, () => Verify(dir, frame));
            }
        }

        private static void Verify(string dir, Json frame)
        {
            byte[] input = File.ReadAllBytes(Path.Combine(dir, frame["file"].AsString));
            Envelope envelope;
            string error;
            bool ok = Envelope.TryDecode(new ArraySegment<byte>(input), out envelope, out error);
            if (frame["expect"].AsString == "error")
            {
                Check.True(!ok, "accepted a frame the rules refuse (" + frame["rule"].AsString + ")");
                return;
            }
            Check.True(ok, "refused a frame the rules accept: " + error);
            string actual = BitConverter.ToString(envelope.Encode()).Replace("-", "").ToLowerInvariant();
            Check.Equal(frame["reencoded"].AsString, actual, "canonical re-encoding");
        }
    }
}
