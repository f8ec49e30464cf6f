using System;
using FitMe.Protocol;

namespace FitMe.Client
{
    /// <summary>What went wrong, in terms a caller can act on.</summary>
    public enum FailureKind
    {
        /// <summary>Nothing accepts connections at the daemon's address: start it (`npx fitme serve`).</summary>
        DaemonNotRunning,
        /// <summary>The daemon's token file does not exist or is empty.</summary>
        TokenMissing,
        /// <summary>The daemon answered with a Failure; see <see cref="FitMeException.Code"/>.</summary>
        Daemon,
        /// <summary>The connection dropped; a job that was accepted can be fetched again by its id.</summary>
        ConnectionLost,
        /// <summary>Received data failed a checksum or does not fit its header.</summary>
        CorruptData,
        /// <summary>The daemon sent something this client cannot understand (versions out of step?).</summary>
        ProtocolError,
        /// <summary>The request is too large for the daemon's limits.</summary>
        RequestTooLarge,
    }

    public sealed class FitMeException : Exception
    {
        public FailureKind Kind { get; private set; }

        /// <summary>The daemon's error code when <see cref="Kind"/> is <see cref="FailureKind.Daemon"/>.</summary>
        public ErrorCode Code { get; private set; }

        /// <summary>The job concerned, when there is one (empty otherwise).</summary>
        public string JobId { get; private set; }

        public FitMeException(FailureKind kind, string message, string jobId = "", Exception inner = null)
            : base(message, inner)
        {
            Kind = kind;
            JobId = jobId ?? "";
        }

        public static FitMeException FromFailure(Failure failure)
        {
            string photo = failure.HasPhotoIndex ? " (photo " + (failure.PhotoIndex + 1) + ")" : "";
            return new FitMeException(FailureKind.Daemon, "FitMe daemon: " + failure.Code + photo + ": " + failure.Message, failure.JobId)
            {
                Code = failure.Code,
            };
        }
    }
}
