using System;

namespace FitMe.Client
{
    /// <summary>CRC-32 as zlib computes it (IEEE 802.3, reflected, polynomial 0xEDB88320).</summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                table[n] = c;
            }
            return table;
        }

        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            uint c = ~crc;
            for (int i = offset; i < offset + count; i++) c = Table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
            return ~c;
        }

        public static uint Compute(ArraySegment<byte> data)
        {
            return data.Count == 0 ? 0 : Update(0, data.Array, data.Offset, data.Count);
        }
    }
}
