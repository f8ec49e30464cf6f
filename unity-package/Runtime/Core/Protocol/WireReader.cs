using System;

namespace FitMe.Protocol
{
    /// <summary>
    /// Reads protobuf wire format from a byte segment. Every read is bounds-checked against the
    /// innermost length-delimited region, so truncated or malformed input ends in a
    /// <see cref="WireFormatException"/>, never in an out-of-range access or an endless loop.
    /// </summary>
    public sealed class WireReader
    {
        // Unknown groups may nest; beyond this depth the input is refused rather than recursed into.
        private const int MaxGroupDepth = 64;

        private readonly byte[] buffer;
        private int position;
        private int limit;

        public WireReader(ArraySegment<byte> data)
        {
            buffer = data.Array ?? new byte[0];
            position = data.Offset;
            limit = data.Offset + data.Count;
        }

        /// <summary>Bytes left in the current length-delimited region.</summary>
        public int Remaining
        {
            get { return limit - position; }
        }

        /// <summary>The next field's tag, or false at the end of the current region.</summary>
        public bool ReadTag(out uint tag)
        {
            if (position == limit)
            {
                tag = 0;
                return false;
            }
            ulong raw = ReadVarint();
            if (raw > uint.MaxValue) throw new WireFormatException("field tag out of range at byte " + position);
            tag = (uint)raw;
            if ((tag >> 3) == 0) throw new WireFormatException("field number 0 at byte " + position);
            int wireType = (int)(tag & 7);
            if (wireType > 5) throw new WireFormatException("invalid wire type " + wireType + " at byte " + position);
            return true;
        }

        public ulong ReadVarint()
        {
            ulong result = 0;
            for (int shift = 0; shift < 70; shift += 7)
            {
                if (position >= limit) throw Truncated("a varint");
                byte b = buffer[position++];
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return result;
            }
            throw new WireFormatException("varint longer than 10 bytes at byte " + position);
        }

        public uint ReadFixed32()
        {
            if (limit - position < 4) throw Truncated("a fixed32");
            uint v = buffer[position] | (uint)buffer[position + 1] << 8 | (uint)buffer[position + 2] << 16 | (uint)buffer[position + 3] << 24;
            position += 4;
            return v;
        }

        public ulong ReadFixed64()
        {
            ulong lo = ReadFixed32();
            ulong hi = ReadFixed32();
            return lo | hi << 32;
        }

        public float ReadFloat()
        {
            return WireFormat.FloatFromBits(ReadFixed32());
        }

        public double ReadDouble()
        {
            return BitConverter.Int64BitsToDouble((long)ReadFixed64());
        }

        public string ReadString()
        {
            int length = ReadLength();
            string s = WireFormat.Utf8.GetString(buffer, position, length);
            position += length;
            return s;
        }

        /// <summary>A view into the input: no copy is made.</summary>
        public ArraySegment<byte> ReadBytes()
        {
            int length = ReadLength();
            var segment = new ArraySegment<byte>(buffer, position, length);
            position += length;
            return segment;
        }

        /// <summary>Enters a length-delimited region; returns the outer limit to restore.</summary>
        public int BeginLengthDelimited()
        {
            int length = ReadLength();
            int outer = limit;
            limit = position + length;
            return outer;
        }

        public void EndLengthDelimited(int outerLimit)
        {
            if (position != limit) throw new WireFormatException("length-delimited field overran at byte " + position);
            limit = outerLimit;
        }

        public void SkipField(uint tag)
        {
            SkipField(tag, 0);
        }

        private void SkipField(uint tag, int depth)
        {
            switch (tag & 7)
            {
                case 0:
                    ReadVarint();
                    break;
                case 1:
                    Skip(8);
                    break;
                case 2:
                    Skip(ReadLength());
                    break;
                case 5:
                    Skip(4);
                    break;
                case 3:
                    if (depth >= MaxGroupDepth) throw new WireFormatException("groups nested too deeply at byte " + position);
                    uint inner;
                    while (true)
                    {
                        if (!ReadTag(out inner)) throw Truncated("a group");
                        if ((inner & 7) == 4) break;
                        SkipField(inner, depth + 1);
                    }
                    if ((inner >> 3) != (tag >> 3)) throw new WireFormatException("mismatched end of group at byte " + position);
                    break;
                default:
                    throw new WireFormatException("unexpected end of group at byte " + position);
            }
        }

        private int ReadLength()
        {
            ulong length = ReadVarint();
            if (length > (ulong)(limit - position)) throw Truncated("a length-delimited field of " + length + " bytes");
            return (int)length;
        }

        private void Skip(int count)
        {
            if (limit - position < count) throw Truncated("a field");
            position += count;
        }

        private WireFormatException Truncated(string what)
        {
            return new WireFormatException("input ends inside " + what + " at byte " + position);
        }
    }
}
