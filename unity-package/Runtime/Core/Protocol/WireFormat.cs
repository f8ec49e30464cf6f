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

        /// <summary>The reader checks UTF-8 itself (<see cref="IsValidUtf8"/>), the same way as the daemon and C++.</summary>
        public static readonly Encoding Utf8 = new UTF8Encoding(false, false);

        /// <summary>Well-formed UTF-8 as Unicode's table 3-7 defines it: no overlong forms, no surrogates, nothing above U+10FFFF.</summary>
        public static bool IsValidUtf8(byte[] bytes, int offset, int count)
        {
            int p = offset;
            int end = offset + count;
            while (p < end)
            {
                byte b = bytes[p++];
                if (b < 0x80) continue;
                int more;
                byte lo = 0x80, hi = 0xBF; // the range of the byte after the lead
                if (b >= 0xC2 && b <= 0xDF)
                {
                    more = 1;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    more = 2;
                    if (b == 0xE0) lo = 0xA0;
                    if (b == 0xED) hi = 0x9F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    more = 3;
                    if (b == 0xF0) lo = 0x90;
                    if (b == 0xF4) hi = 0x8F;
                }
                else
                {
                    return false;
                }
                if (end - p < more) return false;
                if (bytes[p] < lo || bytes[p] > hi) return false;
                for (int i = 1; i < more; i++)
                {
                    if (bytes[p + i] < 0x80 || bytes[p + i] > 0xBF) return false;
                }
                p += more;
            }
            return true;
        }

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
