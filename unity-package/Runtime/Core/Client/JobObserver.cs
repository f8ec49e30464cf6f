using System;
using System.Collections.Generic;
using FitMe.Assets;
using FitMe.Protocol;

namespace FitMe.Client
{
    /// <summary>
    /// Optional callbacks for one job, each delivered on the session's SynchronizationContext (the
    /// editor's main thread in Unity) in the order the daemon sent them. Leave any of them null.
    /// </summary>
    public sealed class JobObserver
    {
        public Action<JobAccepted> Accepted;
        public Action<FitMeProgress> Progress;
        /// <summary>A frame of the fit in progress: an image, and vertex positions when asked for (glTF axes).</summary>
        public Action<Preview> Preview;
        public Action<Warning> Warning;
        /// <summary>The final mesh, before its textures arrive (glTF axes, morph targets dense); once per level of detail, LOD0 first.</summary>
        public Action<FitMeMesh> MeshReceived;
        public Action<TextureBegin> TextureStarted;
        /// <summary>A texture reassembled and verified.</summary>
        public Action<TextureDescriptor> TextureReceived;
    }

    /// <summary>A finished job: the avatar in Unity's conventions plus the daemon's own record of it.</summary>
    public sealed class AvatarResult
    {
        public string JobId;
        public AvatarDescriptor Avatar;
        /// <summary>The mesh as the daemon sent it (glTF conventions), e.g. to compare with its glb.</summary>
        public FitMeMesh Mesh;
        /// <summary>Lower levels of detail (LOD1, LOD2, ...) when the model has them, like <see cref="Mesh"/>; empty otherwise.</summary>
        public List<FitMeMesh> Lods = new List<FitMeMesh>();
        public JobCompleted Completed;
    }
}
