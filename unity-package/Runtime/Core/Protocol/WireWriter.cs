using System;

namespace FitMe.Protocol
{
    /// <summary>
    /// Writes protobuf wire format into a buffer of exactly the size the generated
    /// CalculateSize computed, so a message is encoded with a single allocation.
    /// </summary>
    public sealed class WireWriter
    {
        private readonly byte[] buffer;
        private int position;

        public WireWriter(int size)
        {
            buffer = new byte[size];
        }

        public byte[] ToArray()
        {
            if (position != buffer.Length) throw new InvalidOperationException("encoded " + position + " bytes, sized " + buffer.Length + ": the message changed while it was encoded");
            return buffer;
        }

        public void WriteVarint(ulong value)
        {
            while (value >= 0x80)
            {
                buffer[position++] = (byte)(value | 0x80);
                value >>= 7;
            }
            buffer[position++] = (byte)value;
        }

        public void WriteLength(int length)
        {
            WriteVarint((ulong)length);
        }

        public void WriteFixed32(uint value)
        {
            buffer[position++] = (byte)value;
            buffer[position++] = (byte)(value >> 8);
            buffer[position++] = (byte)(value >> 16);
            buffer[position++] = (byte)(value >> 24);
        }

        public void WriteFixed64(ulong value)
        {
            WriteFixed32((uint)value);
            WriteFixed32((uint)(value >> 32));
        }

        public void WriteFloat(float value)
        {
            WriteFixed32(WireFormat.FloatBits(value));
        }

        public void WriteDouble(double value)
        {
            WriteFixed64((ulong)BitConverter.DoubleToInt64Bits(value));
        }

        public void WriteString(string value)
        {
            int length = WireFormat.Utf8.GetByteCount(value);
            WriteLength(length);
            position += WireFormat.Utf8.GetBytes(value, 0, value.Length, buffer, position);
        }

        public void WriteBytes(ArraySegment<byte> value)
        {
            WriteLength(value.Count);
            if (value.Count == 0) return;
            Buffer.BlockCopy(value.Array, value.Offset, buffer, position, value.Count);
            position += value.Count;
        }
    }
}
