using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Protocol;

namespace FitMe.Client
{
    /// <summary>
    /// Generate with recovery: a job the daemon has accepted keeps running when the connection
    /// drops, so after a ConnectionLost this reconnects (with backoff) and fetches the job by its id
    /// instead of fitting again.
    /// </summary>
    public static class AvatarGeneration
    {
        public static async Task<AvatarResult> RunAsync(ConnectionSettings settings, IEnumerable<Photo> photos, Options options, JobObserver observer = null, CancellationToken cancellation = default(CancellationToken), int reconnectAttempts = 5)
        {
            FitMeException lost;
            using (var session = await FitMeSession.ConnectAsync(settings, cancellation).ConfigureAwait(false))
            {
                try
                {
                    return await session.GenerateAsync(photos, options, observer, cancellation).ConfigureAwait(false);
                }
                catch (FitMeException e) when (e.Kind == FailureKind.ConnectionLost && e.JobId.Length != 0)
                {
                    lost = e;
                }
            }
            return await FetchWithRetriesAsync(settings, lost, observer, cancellation, reconnectAttempts).ConfigureAwait(false);
        }

        private static async Task<AvatarResult> FetchWithRetriesAsync(ConnectionSettings settings, FitMeException lost, JobObserver observer, CancellationToken cancellation, int attempts)
        {
            var delay = TimeSpan.FromMilliseconds(500);
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    using (var session = await FitMeSession.ConnectAsync(settings, cancellation).ConfigureAwait(false))
                        return await session.FetchAsync(lost.JobId, false, observer, cancellation).ConfigureAwait(false);
                }
                catch (FitMeException e) when ((e.Kind == FailureKind.DaemonNotRunning || e.Kind == FailureKind.ConnectionLost) && attempt < attempts)
                {
                    // The daemon may be restarting; its results directory survives that.
                }
                await Task.Delay(delay, cancellation).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(delay.Ticks * 2);
            }
        }
    }
}
