using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Assets;
using FitMe.Protocol;

namespace FitMe.Client
{
    /// <summary>
    /// One generate or fetch request as the session follows it: routes its frames to the observer,
    /// reassembles its textures and completes its task. Frames arrive on the session's receive loop,
    /// one at a time; only cancellation comes from other threads.
    /// </summary>
    internal sealed class JobState
    {
        private readonly FitMeSession session;
        private readonly JobObserver observer;
        private readonly TaskCompletionSource<AvatarResult> completion = new TaskCompletionSource<AvatarResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Dictionary<uint, TextureAssembler> open = new Dictionary<uint, TextureAssembler>();
        private readonly List<TextureDescriptor> textures = new List<TextureDescriptor>();
        private readonly object gate = new object();
        private FitMeMesh mesh;
        private readonly List<FitMeMesh> lods = new List<FitMeMesh>();
        private string jobId;
        private bool cancelRequested;

        public readonly ulong RequestId;

        public JobState(FitMeSession session, ulong requestId, string jobId, JobObserver observer)
        {
            this.session = session;
            RequestId = requestId;
            this.jobId = jobId ?? "";
            this.observer = observer ?? new JobObserver();
        }

        public Task<AvatarResult> Task
        {
            get { return completion.Task; }
        }

        public string JobId
        {
            get { lock (gate) return jobId; }
        }

        /// <summary>Asks the daemon to cancel; the task ends as cancelled once it confirms (or finishes anyway).</summary>
        public void RequestCancel()
        {
            string id;
            lock (gate)
            {
                if (cancelRequested) return;
                cancelRequested = true;
                id = jobId;
            }
            // Before JobAccepted there is no id to cancel yet: OnAccepted sends it.
            if (id.Length != 0) session.SendCancel(id);
        }

        /// <summary>Handles one frame for this job; true when the job is over.</summary>
        public bool Handle(Envelope env)
        {
            try
            {
                return HandleFrame(env);
            }
            catch (Exception e)
            {
                Fail(e as FitMeException ?? new FitMeException(FailureKind.ProtocolError, "Cannot use the daemon's answer: " + e.Message, JobId, e));
                return true;
            }
        }

        private bool HandleFrame(Envelope env)
        {
            switch (env.BodyCase)
            {
                case Envelope.BodyOneofCase.Accepted:
                    OnAccepted(env.Accepted);
                    return false;
                case Envelope.BodyOneofCase.Progress:
                    Notify(observer.Progress, env.Progress);
                    return false;
                case Envelope.BodyOneofCase.Preview:
                    Notify(observer.Preview, env.Preview);
                    return false;
                case Envelope.BodyOneofCase.Warning:
                    Notify(observer.Warning, env.Warning);
                    return false;
                case Envelope.BodyOneofCase.Mesh:
                    OnMesh(env.Mesh);
                    return false;
                case Envelope.BodyOneofCase.TextureBegin:
                    OnTextureBegin(env.TextureBegin);
                    return false;
                case Envelope.BodyOneofCase.TextureChunk:
                    OnTextureChunk(env.TextureChunk);
                    return false;
                case Envelope.BodyOneofCase.Completed:
                    OnCompleted(env.Completed);
                    return true;
                case Envelope.BodyOneofCase.Failure:
                    var failure = env.Failure;
                    if (failure.Code == ErrorCode.Cancelled) completion.TrySetCanceled();
                    else Fail(FitMeException.FromFailure(failure));
                    return true;
                default:
                    return false;
            }
        }

        private void OnAccepted(JobAccepted accepted)
        {
            bool cancel;
            lock (gate)
            {
                jobId = accepted.JobId;
                cancel = cancelRequested;
            }
            session.RegisterJobId(this, accepted.JobId);
            if (cancel) session.SendCancel(accepted.JobId);
            Notify(observer.Accepted, accepted);
        }

        /// <summary>LOD0 is the avatar; lower levels of detail (one Mesh frame each, after it) are kept beside it.</summary>
        private void OnMesh(FitMeMesh received)
        {
            MorphTargets.ExpandSparse(received, JobId);
            if (received.Lod == 0)
            {
                if (mesh != null) throw new FitMeException(FailureKind.ProtocolError, "The daemon sent the mesh of job " + JobId + " twice.", JobId);
                mesh = received;
            }
            else
            {
                if (mesh == null) throw new FitMeException(FailureKind.ProtocolError, "The daemon sent level of detail " + received.Lod + " before the full mesh.", JobId);
                lods.Add(received);
            }
            Notify(observer.MeshReceived, received);
        }

        private void OnTextureBegin(TextureBegin begin)
        {
            if (open.ContainsKey(begin.TextureId)) throw new FitMeException(FailureKind.ProtocolError, "Texture " + begin.TextureId + " was begun twice.", JobId);
            var assembler = new TextureAssembler(begin, session.MaxTextureBytes);
            Notify(observer.TextureStarted, begin);
            if (assembler.IsComplete) Received(assembler.Finish());
            else open.Add(begin.TextureId, assembler);
        }

        private void OnTextureChunk(TextureChunk chunk)
        {
            TextureAssembler assembler;
            if (!open.TryGetValue(chunk.TextureId, out assembler)) throw new FitMeException(FailureKind.ProtocolError, "A chunk of texture " + chunk.TextureId + " arrived without its TextureBegin.", JobId);
            var texture = assembler.Add(chunk);
            if (texture == null) return;
            open.Remove(chunk.TextureId);
            Received(texture);
        }

        private void Received(TextureDescriptor texture)
        {
            textures.Add(texture);
            Notify(observer.TextureReceived, texture);
        }

        private void OnCompleted(JobCompleted completed)
        {
            if (open.Count != 0) throw new FitMeException(FailureKind.CorruptData, "The job completed while " + open.Count + " texture(s) were still incomplete.", JobId);
            if (mesh == null) throw new FitMeException(FailureKind.ProtocolError, "The job completed without sending its mesh.", JobId);
            bool cancelled;
            lock (gate) cancelled = cancelRequested;
            if (cancelled)
            {
                // The daemon finished before the cancel reached it; the caller asked not to have it.
                completion.TrySetCanceled();
                return;
            }
            var result = new AvatarResult
            {
                JobId = completed.JobId,
                Mesh = mesh,
                Lods = lods,
                Completed = completed,
                Avatar = AvatarAssembler.Assemble(completed.JobId, mesh, lods, textures, completed),
            };
            completion.TrySetResult(result);
        }

        public void Fail(Exception error)
        {
            bool cancelled;
            lock (gate) cancelled = cancelRequested;
            if (cancelled && error is FitMeException && ((FitMeException)error).Kind == FailureKind.ConnectionLost) completion.TrySetCanceled();
            else completion.TrySetException(error);
        }

        private void Notify<T>(Action<T> callback, T value)
        {
            if (callback != null) session.Dispatch(() => callback(value));
        }
    }
}
