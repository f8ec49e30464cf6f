using System;

namespace FitMe.Protocol
{
    /// <summary>Bytes that are not a valid protobuf encoding of the expected message.</summary>
    public sealed class WireFormatException : Exception
    {
        public WireFormatException(string message) : base(message) { }
    }
}
