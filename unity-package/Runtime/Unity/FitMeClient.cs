using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Client;
using FitMe.Protocol;
using UnityEngine;

namespace FitMe.Unity
{
    /// <summary>
    /// Runtime API: <c>var avatar = await FitMeClient.GenerateAsync(photos, options, progress);</c>
    /// Call from the main thread; progress is reported there and the GameObject is built there.
    /// </summary>
    public static class FitMeClient
    {
        /// <summary>Where the daemon is and how to authenticate; defaults follow the daemon's own defaults.</summary>
        public static ConnectionSettings Settings = new ConnectionSettings { ClientName = "fitme-unity-runtime" };

        /// <summary>Generates an avatar from image files (JPEG, PNG, ...) of one person.</summary>
        public static Task<GameObject> GenerateAsync(IEnumerable<string> photoPaths, Options options = null, IProgress<FitMeProgress> progress = null, CancellationToken cancellation = default(CancellationToken))
        {
            var photos = photoPaths.Select(p => new Photo { Data = new ArraySegment<byte>(File.ReadAllBytes(p)), Name = Path.GetFileName(p) }).ToList();
            return GenerateAsync(photos, options, progress, cancellation);
        }

        /// <exception cref="FitMeException">The daemon is not running, refused the photos, or the connection failed for good.</exception>
        /// <exception cref="OperationCanceledException">`cancellation` was cancelled; the daemon stops the job.</exception>
        public static async Task<GameObject> GenerateAsync(IList<Photo> photos, Options options = null, IProgress<FitMeProgress> progress = null, CancellationToken cancellation = default(CancellationToken))
        {
            var settings = Settings.Clone();
            settings.CallbackContext = SynchronizationContext.Current;
            var observer = progress == null ? null : new JobObserver { Progress = progress.Report };
            var result = await AvatarGeneration.RunAsync(settings, photos, options, observer, cancellation);
            // Back on the caller's (main) thread: Unity objects may be created here.
            return FitMeAvatarBuilder.Build(result.Avatar, RenderPipelines.Current).Root;
        }
    }
}
