using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Protocol;

namespace FitMe.Client
{
    public sealed class ConnectionSettings
    {
        public Uri Url = DaemonLocation.DefaultUrl;
        /// <summary>Null: the daemon's default token file (FITME_HOME or the per-user config folder).</summary>
        public string TokenFile;
        /// <summary>Set to skip the token file.</summary>
        public string Token;
        public string ClientName = "fitme-unity";
        public string ClientVersion = "0.1.0";
        public TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
        /// <summary>Where callbacks run. Null: the context current when ConnectAsync is called; with none, the receive thread.</summary>
        public SynchronizationContext CallbackContext;
        /// <summary>Textures larger than this are refused before any memory is committed to them.</summary>
        public long MaxTextureBytes = 512L << 20;

        public ConnectionSettings Clone()
        {
            return (ConnectionSettings)MemberwiseClone();
        }
    }

    /// <summary>
    /// One authenticated WebSocket connection to the FitMe daemon (protocol v1). Any number of jobs
    /// may run on it at once; each is a task that completes with the assembled avatar. All frames are
    /// read by one background loop; callbacks are posted to the captured SynchronizationContext.
    /// </summary>
    public sealed class FitMeSession : IDisposable
    {
        public const uint ProtocolVersion = 1;

        private readonly ClientWebSocket socket;
        private readonly SynchronizationContext context;
        private readonly SemaphoreSlim sendLock = new SemaphoreSlim(1, 1);
        private readonly CancellationTokenSource stop = new CancellationTokenSource();
        private readonly object gate = new object();
        private readonly Dictionary<ulong, JobState> byRequest = new Dictionary<ulong, JobState>();
        private readonly Dictionary<string, JobState> byJob = new Dictionary<string, JobState>();
        private long lastRequestId;
        private FitMeException closedBecause;
        private int maxFrameBytes = 256 << 20;
        private Task receiving;

        public Uri Url { get; private set; }
        public Welcome Welcome { get; private set; }
        public long MaxTextureBytes { get; private set; }

        /// <summary>Raised once when the connection ends for any reason other than <see cref="Dispose"/>.</summary>
        public event Action<FitMeException> Disconnected;

        private FitMeSession(ClientWebSocket socket, ConnectionSettings settings, SynchronizationContext context)
        {
            this.socket = socket;
            this.context = context;
            Url = settings.Url;
            MaxTextureBytes = Math.Min(settings.MaxTextureBytes, int.MaxValue);
        }

        /// <summary>Connects, authenticates with the token file's token and returns once the daemon says Welcome.</summary>
        /// <exception cref="FitMeException">DaemonNotRunning, TokenMissing, or Daemon (e.g. UNAUTHORIZED).</exception>
        public static async Task<FitMeSession> ConnectAsync(ConnectionSettings settings, CancellationToken cancellation = default(CancellationToken))
        {
            string token = settings.Token ?? DaemonLocation.ReadToken(settings.TokenFile ?? DaemonLocation.DefaultTokenFile());
            var context = settings.CallbackContext ?? SynchronizationContext.Current;
            var socket = new ClientWebSocket();
            var session = new FitMeSession(socket, settings, context);
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                timeout.CancelAfter(settings.ConnectTimeout);
                try
                {
                    await socket.ConnectAsync(settings.Url, timeout.Token).ConfigureAwait(false);
                    await session.HandshakeAsync(token, settings, timeout.Token).ConfigureAwait(false);
                }
                catch (FitMeException)
                {
                    session.Dispose();
                    throw;
                }
                catch (Exception e)
                {
                    session.Dispose();
                    cancellation.ThrowIfCancellationRequested();
                    string why = e is OperationCanceledException ? "no answer within " + settings.ConnectTimeout.TotalSeconds + " s" : Innermost(e).Message;
                    throw new FitMeException(FailureKind.DaemonNotRunning, "No FitMe daemon answers at " + settings.Url + " (" + why + "). Start it with `npx fitme serve` (or the Avatar Generator window's Start daemon button) and check the port.", "", e);
                }
            }
            session.receiving = Task.Run(() => session.ReceiveLoop());
            return session;
        }

        private async Task HandshakeAsync(string token, ConnectionSettings settings, CancellationToken cancellation)
        {
            var hello = new Envelope
            {
                RequestId = NextRequestId(),
                Hello = new Hello { ProtocolVersion = ProtocolVersion, ClientName = settings.ClientName, ClientVersion = settings.ClientVersion, Token = token, SparseMorphTargets = true },
            };
            await SendAsync(hello, cancellation).ConfigureAwait(false);
            byte[] frame = await ReceiveFrameAsync(cancellation).ConfigureAwait(false);
            if (frame == null) throw new FitMeException(FailureKind.ConnectionLost, "The daemon closed the connection during the handshake" + CloseReason() + ".");
            var reply = Decode(frame);
            if (reply.BodyCase == Envelope.BodyOneofCase.Failure) throw FitMeException.FromFailure(reply.Failure);
            if (reply.BodyCase != Envelope.BodyOneofCase.Welcome) throw new FitMeException(FailureKind.ProtocolError, "The daemon answered the handshake with " + reply.BodyCase + " instead of Welcome.");
            Welcome = reply.Welcome;
            if (Welcome.Limits != null && Welcome.Limits.MaxFrameBytes != 0) maxFrameBytes = (int)Math.Min(Welcome.Limits.MaxFrameBytes, int.MaxValue);
        }

        /// <summary>Sends photos to fit; completes with the avatar, or throws FitMeException / OperationCanceledException.</summary>
        public Task<AvatarResult> GenerateAsync(IEnumerable<Photo> photos, Options options, JobObserver observer = null, CancellationToken cancellation = default(CancellationToken))
        {
            var request = new GenerateAvatar { Options = options ?? new Options() };
            request.Photos.AddRange(photos);
            return StartJob(new Envelope { Generate = request }, "", observer, cancellation);
        }

        /// <summary>Receives a job again from the daemon's results (or follows it, if it is still running).</summary>
        public Task<AvatarResult> FetchAsync(string jobId, bool skipTextures = false, JobObserver observer = null, CancellationToken cancellation = default(CancellationToken))
        {
            return StartJob(new Envelope { Fetch = new FetchResult { JobId = jobId, SkipTextures = skipTextures } }, jobId, observer, cancellation);
        }

        private async Task<AvatarResult> StartJob(Envelope request, string jobId, JobObserver observer, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            request.RequestId = NextRequestId();
            var job = new JobState(this, request.RequestId, jobId, observer);
            lock (gate)
            {
                if (closedBecause != null) throw closedBecause;
                byRequest.Add(job.RequestId, job);
                if (jobId.Length != 0) byJob[jobId] = job;
            }
            using (cancellation.Register(job.RequestCancel))
            {
                try
                {
                    await SendAsync(request, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Forget(job);
                    throw e as FitMeException ?? Lost("sending the request failed: " + e.Message, jobId);
                }
                return await job.Task.ConfigureAwait(false);
            }
        }

        /// <summary>Asks the daemon to cancel a job; the job's task ends as cancelled when it confirms.</summary>
        public Task CancelAsync(string jobId)
        {
            return SendAsync(new Envelope { RequestId = NextRequestId(), Cancel = new CancelJob { JobId = jobId } }, CancellationToken.None);
        }

        internal void SendCancel(string jobId)
        {
            // Fire and forget: if the socket is gone, the job fails as ConnectionLost anyway.
            CancelAsync(jobId).ContinueWith(t => { var ignored = t.Exception; }, TaskContinuationOptions.OnlyOnFaulted);
        }

        internal void RegisterJobId(JobState job, string jobId)
        {
            lock (gate) byJob[jobId] = job;
        }

        internal void Dispatch(Action callback)
        {
            if (context != null) context.Post(_ => callback(), null);
            else callback();
        }

        /// <summary>Closes the connection politely (waiting at most `timeout`); unfinished jobs fail as ConnectionLost.</summary>
        public async Task CloseAsync(TimeSpan timeout)
        {
            using (var cts = new CancellationTokenSource(timeout))
            {
                try
                {
                    if (socket.State == WebSocketState.Open) await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", cts.Token).ConfigureAwait(false);
                    if (receiving != null) await Task.WhenAny(receiving, Task.Delay(timeout)).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Closing is best effort: Dispose below aborts whatever is left.
                }
            }
            Dispose();
        }

        /// <summary>Aborts the connection at once (safe from any thread, e.g. before an assembly reload).</summary>
        public void Dispose()
        {
            Shutdown(Lost("the session was closed by the client", ""), false);
            stop.Cancel();
            socket.Abort();
            socket.Dispose();
        }

        private async Task ReceiveLoop()
        {
            FitMeException reason;
            try
            {
                while (true)
                {
                    byte[] frame = await ReceiveFrameAsync(stop.Token).ConfigureAwait(false);
                    if (frame == null)
                    {
                        reason = Lost("the daemon closed the connection" + CloseReason(), "");
                        break;
                    }
                    Route(Decode(frame));
                }
            }
            catch (FitMeException e)
            {
                reason = e;
            }
            catch (Exception e)
            {
                reason = Lost(Innermost(e).Message, "");
            }
            Shutdown(reason, true);
        }

        private void Route(Envelope env)
        {
            JobState job = null;
            string jobId = JobIdOf(env);
            lock (gate)
            {
                if (jobId.Length != 0) byJob.TryGetValue(jobId, out job);
                // Answers to a request (JobAccepted, a refusal) carry its request id, maybe no job id yet.
                if (job == null && env.RequestId != 0) byRequest.TryGetValue(env.RequestId, out job);
            }
            if (job == null)
            {
                var f = env.Failure;
                if (f != null && env.RequestId == 0 && f.JobId.Length == 0) throw FitMeException.FromFailure(f);
                return; // Frames of jobs this session no longer follows (cancelled, or another client's).
            }
            if (job.Handle(env)) Forget(job);
        }

        private static string JobIdOf(Envelope env)
        {
            switch (env.BodyCase)
            {
                case Envelope.BodyOneofCase.Accepted: return env.Accepted.JobId;
                case Envelope.BodyOneofCase.Progress: return env.Progress.JobId;
                case Envelope.BodyOneofCase.Preview: return env.Preview.JobId;
                case Envelope.BodyOneofCase.Warning: return env.Warning.JobId;
                case Envelope.BodyOneofCase.Mesh: return env.Mesh.JobId;
                case Envelope.BodyOneofCase.TextureBegin: return env.TextureBegin.JobId;
                case Envelope.BodyOneofCase.TextureChunk: return env.TextureChunk.JobId;
                case Envelope.BodyOneofCase.Completed: return env.Completed.JobId;
                case Envelope.BodyOneofCase.Failure: return env.Failure.JobId;
                default: return "";
            }
        }

        private void Forget(JobState job)
        {
            lock (gate)
            {
                byRequest.Remove(job.RequestId);
                string id = job.JobId;
                JobState current;
                if (id.Length != 0 && byJob.TryGetValue(id, out current) && current == job) byJob.Remove(id);
            }
        }

        private void Shutdown(FitMeException reason, bool notify)
        {
            List<JobState> jobs;
            lock (gate)
            {
                if (closedBecause != null) return;
                closedBecause = reason;
                jobs = byRequest.Values.Union(byJob.Values).ToList();
                byRequest.Clear();
                byJob.Clear();
            }
            foreach (var job in jobs)
            {
                string id = job.JobId;
                job.Fail(reason.Kind == FailureKind.ConnectionLost && id.Length != 0
                    ? Lost(reason.Message + "; job " + id + " keeps running in the daemon: fetch it again after reconnecting", id)
                    : reason);
            }
            var handler = Disconnected;
            if (notify && handler != null) Dispatch(() => handler(reason));
        }

        private async Task SendAsync(Envelope env, CancellationToken cancellation)
        {
            byte[] bytes = env.Encode();
            if (bytes.Length > maxFrameBytes)
                throw new FitMeException(FailureKind.RequestTooLarge, "The request is " + (bytes.Length >> 20) + " MiB; the daemon accepts frames up to " + (maxFrameBytes >> 20) + " MiB. Send fewer or smaller photos.");
            await sendLock.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                await socket.SendAsync(new ArraySegment<byte>(bytes), WebSocketMessageType.Binary, true, cancellation).ConfigureAwait(false);
            }
            finally
            {
                sendLock.Release();
            }
        }

        /// <summary>One whole binary message, or null once the daemon has closed the connection.</summary>
        private async Task<byte[]> ReceiveFrameAsync(CancellationToken cancellation)
        {
            var buffer = new byte[64 * 1024];
            using (var message = new MemoryStream())
            {
                while (true)
                {
                    var part = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancellation).ConfigureAwait(false);
                    if (part.MessageType == WebSocketMessageType.Close) return null;
                    if (part.MessageType != WebSocketMessageType.Binary)
                        throw new FitMeException(FailureKind.ProtocolError, "The daemon sent a text frame; protocol v1 uses binary frames only.");
                    if (message.Length + part.Count > maxFrameBytes)
                        throw new FitMeException(FailureKind.ProtocolError, "The daemon sent a frame larger than " + maxFrameBytes + " bytes.");
                    message.Write(buffer, 0, part.Count);
                    if (part.EndOfMessage) return message.ToArray();
                }
            }
        }

        private static Envelope Decode(byte[] frame)
        {
            Envelope env;
            string error;
            if (!Envelope.TryDecode(new ArraySegment<byte>(frame), out env, out error))
                throw new FitMeException(FailureKind.ProtocolError, "The daemon sent a frame this client cannot decode (" + error + "); are the plugin and the daemon built from the same protocol?");
            return env;
        }

        private ulong NextRequestId()
        {
            return (ulong)Interlocked.Increment(ref lastRequestId);
        }

        private string CloseReason()
        {
            if (socket.CloseStatus == null) return "";
            string description = string.IsNullOrEmpty(socket.CloseStatusDescription) ? "" : " " + socket.CloseStatusDescription;
            return " (close code " + (int)socket.CloseStatus.Value + description + ")";
        }

        private static FitMeException Lost(string why, string jobId)
        {
            return new FitMeException(FailureKind.ConnectionLost, "Lost the connection to the FitMe daemon: " + why, jobId);
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }
    }
}
