using System;
using FitMe.Protocol;
using NUnit.Framework;

namespace FitMe.Tests
{
    /// <summary>The generated codec under Unity's scripting backend (the full golden-vector suite runs in Tests~/run.sh).</summary>
    public class CodecTests
    {
        [Test]
        public void MeshRoundTripsAndTruncationIsAnError()
        {
            var env = new Envelope { RequestId = ulong.MaxValue, Mesh = Fixtures.Grid(3) };
            byte[] bytes = env.Encode();
            var back = Envelope.Decode(new ArraySegment<byte>(bytes));
            Assert.AreEqual(ulong.MaxValue, back.RequestId);
            Assert.AreEqual(Envelope.BodyOneofCase.Mesh, back.BodyCase);
            CollectionAssert.AreEqual(env.Mesh.Primitives[0].Positions, back.Mesh.Primitives[0].Positions);
            CollectionAssert.AreEqual(bytes, back.Encode());

            Envelope ignored;
            string error;
            Assert.IsFalse(Envelope.TryDecode(new ArraySegment<byte>(bytes, 0, bytes.Length - 3), out ignored, out error));
            Assert.IsNotEmpty(error);
        }
    }
}
