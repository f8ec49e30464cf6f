using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace FitMe.Protocol
{
    /// <summary>Sizes and bit conversions shared by the reader, the writer and the generated code.</summary>
    public static class WireFormat
    {
        public static readonly ArraySegment<byte> NoBytes = new ArraySegment<byte>(new byte[0]);

        /// <summary>Strict UTF-8 is not wanted: like protobufjs, invalid sequences decode to U+FFFD.</summary>
        public static readonly Encoding Utf8 = new UTF8Encoding(false, false);

        // Reinterprets float bits without unsafe code or per-call allocations (BitConverter.GetBytes).
        [StructLayout(LayoutKind.Explicit)]
        private struct Bits32
        {
            [FieldOffset(0)] public float Float;
            [FieldOffset(0)] public uint UInt;
        }

        public static uint FloatBits(float value)
        {
            var b = new Bits32();
            b.Float = value;
            return b.UInt;
        }

        public static float FloatFromBits(uint bits)
        {
            var b = new Bits32();
            b.UInt = bits;
            return b.Float;
        }

        public static int VarintSize(ulong value)
        {
            int n = 1;
            while (value >= 0x80)
            {
                value >>= 7;
                n++;
            }
            return n;
        }

        /// <summary>Length prefix plus payload.</summary>
        public static int LengthDelimitedSize(int length)
        {
            return VarintSize((ulong)length) + length;
        }

        public static ulong EncodeZigZag32(int value)
        {
            return (uint)((value << 1) ^ (value >> 31));
        }

        public static int DecodeZigZag32(uint value)
        {
            return (int)(value >> 1) ^ -(int)(value & 1);
        }

        public static ulong EncodeZigZag64(long value)
        {
            return (ulong)((value << 1) ^ (value >> 63));
        }

        public static long DecodeZigZag64(ulong value)
        {
            return (long)(value >> 1) ^ -(long)(value & 1);
        }

        /// <summary>Grows a list once before a packed run instead of doubling through it.</summary>
        public static void Reserve<T>(List<T> list, int additional)
        {
            if (list.Capacity < list.Count + additional) list.Capacity = list.Count + additional;
        }
    }
}
