using System;
using FitMe.Assets;
using FitMe.Protocol;
using FitMe.Unity;
using UnityEditor;
using UnityEngine;

namespace FitMe.Editor
{
    /// <summary>
    /// The fit converging in the Scene view: a temporary, unsaved GameObject whose vertices follow
    /// the daemon's Preview frames. Triangles and UVs come from the topology cache (filled by any
    /// earlier job of the same model); low-resolution preview maps texture it when the daemon sends them.
    /// </summary>
    internal sealed class LivePreview : IDisposable
    {
        private readonly TopologyCache cache;
        private GameObject go;
        private Mesh mesh;
        private Material material;
        private Texture2D albedo;
        private int vertexCount = -1;

        /// <summary>The latest preview image (the fit drawn over the photo), for the window to show.</summary>
        public Texture2D Image { get; private set; }

        public LivePreview(TopologyCache cache)
        {
            this.cache = cache;
        }

        public void Show(FitMe.Protocol.Preview frame)
        {
            if (frame.Image.Count != 0)
            {
                if (Image == null) Image = new Texture2D(2, 2) { name = "FitMe preview", hideFlags = HideFlags.HideAndDontSave };
                Image.LoadImage(ToArray(frame.Image));
            }
            if (frame.Positions.Count != 0) ShowMesh(frame);
        }

        private void ShowMesh(FitMe.Protocol.Preview frame)
        {
            int count = frame.Positions.Count / 3;
            if (count != vertexCount)
            {
                var template = cache.Find(count);
                if (template == null) return; // first job of this model: no topology yet
                Clear();
                var descriptor = AvatarAssembler.ConvertMesh(frame.JobId, template);
                descriptor.BlendShapes.Clear();
                mesh = MeshBuilder.Build(descriptor);
                mesh.hideFlags = HideFlags.HideAndDontSave;
                var mat = new MaterialDescriptor { Name = "FitMe preview", BaseColorFactor = new[] { 1f, 1f, 1f, 1f }, Roughness = 0.6f, SpecularFactor = 1f };
                material = MaterialBuilder.Create(mat, new MaterialMaps(), RenderPipelines.Current);
                material.hideFlags = HideFlags.HideAndDontSave;
                go = new GameObject("FitMe preview (not saved)") { hideFlags = HideFlags.DontSave };
                go.AddComponent<MeshFilter>().sharedMesh = mesh;
                go.AddComponent<MeshRenderer>().sharedMaterials = new Material[mesh.subMeshCount].Populate(material);
                vertexCount = count;
                if (SceneView.lastActiveSceneView != null) SceneView.lastActiveSceneView.Frame(mesh.bounds, false);
            }
            MeshBuilder.UpdatePositions(mesh, frame.Positions);
            foreach (var map in frame.Maps)
            {
                if (map.Kind != MapKind.Albedo) continue;
                if (albedo == null) albedo = new Texture2D(2, 2, TextureFormat.RGBA32, false, false) { hideFlags = HideFlags.HideAndDontSave };
                albedo.LoadImage(ToArray(map.Data));
                material.mainTexture = albedo;
            }
            SceneView.RepaintAll();
        }

        private void Clear()
        {
            UnityObjects.Destroy(go);
            UnityObjects.Destroy(mesh);
            UnityObjects.Destroy(material);
            go = null;
            vertexCount = -1;
        }

        public void Dispose()
        {
            Clear();
            UnityObjects.Destroy(albedo);
            UnityObjects.Destroy(Image);
            Image = null;
        }

        private static byte[] ToArray(ArraySegment<byte> s)
        {
            var a = new byte[s.Count];
            Buffer.BlockCopy(s.Array, s.Offset, a, 0, s.Count);
            return a;
        }
    }

    internal static class ArrayExtensions
    {
        public static T[] Populate<T>(this T[] array, T value)
        {
            for (int i = 0; i < array.Length; i++) array[i] = value;
            return array;
        }
    }
}
