using System;
using System.IO;
using FitMe.Protocol;

namespace FitMe.Assets
{
    /// <summary>
    /// Preview frames carry vertex positions only. To show the fit converging as a mesh, a client
    /// needs the model's triangles and UVs, which arrive with the first finished Mesh; this keeps the
    /// last Mesh per vertex count on disk (encoded with the protocol's own codec).
    /// </summary>
    public sealed class TopologyCache
    {
        private readonly string directory;

        public TopologyCache(string directory)
        {
            this.directory = directory;
        }

        public void Remember(FitMeMesh mesh)
        {
            if (mesh.Primitives.Count == 0) return;
            Directory.CreateDirectory(directory);
            string path = PathFor(mesh.Primitives[0].Positions.Count / 3);
            string temp = path + ".tmp";
            File.WriteAllBytes(temp, mesh.Encode());
            if (File.Exists(path)) File.Delete(path);
            File.Move(temp, path);
        }

        /// <summary>A mesh whose primitive 0 has `vertexCount` vertices, or null.</summary>
        public FitMeMesh Find(int vertexCount)
        {
            string path = PathFor(vertexCount);
            if (!File.Exists(path)) return null;
            FitMeMesh mesh;
            string error;
            // A damaged cache file is as good as none.
            return FitMeMesh.TryDecode(new ArraySegment<byte>(File.ReadAllBytes(path)), out mesh, out error) ? mesh : null;
        }

        private string PathFor(int vertexCount)
        {
            return Path.Combine(directory, "mesh-" + vertexCount + ".bin");
        }
    }
}
