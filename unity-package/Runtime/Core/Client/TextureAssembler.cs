using System;
using System.Linq;
using System.Security.Cryptography;
using FitMe.Assets;
using FitMe.Protocol;

namespace FitMe.Client
{
    /// <summary>
    /// Rebuilds one texture from its TextureBegin and TextureChunks: chunks must arrive in order at
    /// the offsets they claim, each with a matching CRC-32; the whole must match the header's size,
    /// CRC-32 and SHA-256.
    /// </summary>
    internal sealed class TextureAssembler
    {
        private readonly TextureBegin header;
        private readonly byte[] data;
        private int received;
        private uint nextIndex;

        public TextureAssembler(TextureBegin begin, long maxBytes)
        {
            header = begin;
            if (begin.TotalBytes > (ulong)maxBytes)
                throw Corrupt("is announced as " + begin.TotalBytes + " bytes, more than the " + maxBytes + " this client accepts");
            if (begin.Sha256.Count != 32) throw Corrupt("has a SHA-256 of " + begin.Sha256.Count + " bytes");
            if ((begin.TotalBytes == 0) != (begin.ChunkCount == 0)) throw Corrupt("has " + begin.TotalBytes + " bytes in " + begin.ChunkCount + " chunks");
            data = new byte[begin.TotalBytes];
        }

        public bool IsComplete
        {
            get { return nextIndex == header.ChunkCount; }
        }

        /// <summary>Adds the next chunk; returns the finished texture after the last one, else null.</summary>
        public TextureDescriptor Add(TextureChunk chunk)
        {
            if (IsComplete) throw Corrupt("received chunk " + chunk.Index + " after its last one");
            if (chunk.Index != nextIndex) throw Corrupt("received chunk " + chunk.Index + " where chunk " + nextIndex + " was due");
            if (chunk.Offset != (ulong)received) throw Corrupt("chunk " + chunk.Index + " claims offset " + chunk.Offset + " after " + received + " bytes");
            if (chunk.Data.Count > data.Length - received) throw Corrupt("chunk " + chunk.Index + " overruns the announced " + data.Length + " bytes");
            if (Crc32.Compute(chunk.Data) != chunk.Crc32) throw Corrupt("chunk " + chunk.Index + " fails its CRC-32");
            Buffer.BlockCopy(chunk.Data.Array, chunk.Data.Offset, data, received, chunk.Data.Count);
            received += chunk.Data.Count;
            nextIndex++;
            return IsComplete ? Finish() : null;
        }

        public TextureDescriptor Finish()
        {
            if (received != data.Length) throw Corrupt("ended after " + received + " of " + data.Length + " bytes");
            if (Crc32.Compute(new ArraySegment<byte>(data)) != header.Crc32) throw Corrupt("fails its CRC-32");
            byte[] sha;
            using (var hash = SHA256.Create()) sha = hash.ComputeHash(data);
            if (!sha.SequenceEqual(header.Sha256)) throw Corrupt("fails its SHA-256");
            return new TextureDescriptor
            {
                TextureId = header.TextureId,
                Kind = header.Kind,
                Width = (int)header.Width,
                Height = (int)header.Height,
                Encoding = header.Encoding,
                Linear = MapKindNames.IsLinear(header.Kind, header.ColorSpace),
                IsNormalMap = header.Kind == MapKind.Normal,
                Channels = (int)header.Channels,
                BitDepth = (int)header.BitDepth,
                Data = data,
            };
        }

        private FitMeException Corrupt(string what)
        {
            return new FitMeException(FailureKind.CorruptData, "Texture " + header.TextureId + " (" + MapKindNames.FileStem(header.Kind) + ") " + what + ".", header.JobId);
        }
    }
}
