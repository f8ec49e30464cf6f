using System;

namespace FitMe.Protocol
{
    /// <summary>
    /// Reads protobuf wire format from a byte segment. Every read is bounds-checked against the
    /// innermost length-delimited region, so truncated or malformed input ends in a
    /// <see cref="WireFormatException"/>, never in an out-of-range access or an endless loop.
    /// What is refused is what the daemon's and the C++ decoders refuse too: docs/wire-rules.md.
    /// </summary>
    public sealed class WireReader
    {
        private readonly byte[] buffer;
        private int position;
        private int limit;
        private int tagStart;  // where the last tag began, for errors about its field

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
            tagStart = position;
            ulong raw = ReadVarint();
            if (raw > uint.MaxValue) throw new WireFormatException("field number above 2^29-1 at byte " + tagStart);
            tag = (uint)raw;
            if ((tag >> 3) == 0) throw new WireFormatException("field number 0 at byte " + tagStart);
            int wireType = (int)(tag & 7);
            if (wireType > 5) throw new WireFormatException("invalid wire type " + wireType + " at byte " + tagStart);
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

        /// <summary>Every encoder writes 0 or 1; any other value is a corrupt frame.</summary>
        public bool ReadBool()
        {
            int at = position;
            ulong v = ReadVarint();
            if (v > 1) throw new WireFormatException("a bool of " + v + " (neither 0 nor 1) at byte " + at);
            return v != 0;
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
            int at = position;
            int length = ReadLength();
            if (!WireFormat.IsValidUtf8(buffer, position, length)) throw new WireFormatException("a string that is not valid UTF-8 at byte " + at);
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

        /// <summary>Skips a field this schema does not know. Groups are refused, not skipped.</summary>
        public void SkipField(uint tag)
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
                default:
                    throw new WireFormatException("a group (wire type " + (tag & 7) + "), which this protocol does not use, at byte " + tagStart);
            }
        }

        /// <summary>A known field that arrived with a wire type its type never has.</summary>
        public WireFormatException WrongWireType(uint tag, string message)
        {
            return new WireFormatException(message + " field " + (tag >> 3) + " arrived with wire type " + (tag & 7) + " at byte " + tagStart);
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
