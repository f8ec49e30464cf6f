using System.Collections.Generic;
using FitMe.Assets;
using UnityEngine;
using UnityEngine.Rendering;

namespace FitMe.Unity
{
    /// <summary>A <see cref="MeshDescriptor"/> (already in Unity's axes and winding) as a UnityEngine.Mesh.</summary>
    public static class MeshBuilder
    {
        public static Mesh Build(MeshDescriptor d)
        {
            var mesh = new Mesh { name = d.Name };
            // Before any vertex is set: 16-bit index buffers address at most 65,535 vertices.
            mesh.indexFormat = d.NeedsUInt32Indices ? IndexFormat.UInt32 : IndexFormat.UInt16;
            mesh.SetVertices(Vector3s(d.Positions));
            if (d.Normals != null) mesh.SetNormals(Vector3s(d.Normals));
            if (d.Tangents != null) mesh.SetTangents(Vector4s(d.Tangents));
            if (d.Uvs != null) mesh.SetUVs(0, Vector2s(d.Uvs));
            mesh.subMeshCount = d.SubMeshes.Count;
            for (int i = 0; i < d.SubMeshes.Count; i++) mesh.SetTriangles(d.SubMeshes[i].Triangles, i, false);
            foreach (var shape in d.BlendShapes)
            {
                // One frame at full weight (100, Unity's blendshape weight scale).
                mesh.AddBlendShapeFrame(shape.Name, 100f, Vector3s(shape.DeltaPositions).ToArray(), shape.DeltaNormals != null ? Vector3s(shape.DeltaNormals).ToArray() : null, null);
            }
            if (d.Normals == null) mesh.RecalculateNormals();
            if (d.Tangents == null && d.Uvs != null) mesh.RecalculateTangents();
            mesh.RecalculateBounds();
            return mesh;
        }

        /// <summary>Moves the vertices of a preview mesh (positions in glTF axes, as Preview frames carry them).</summary>
        public static void UpdatePositions(Mesh mesh, IList<float> gltfPositions)
        {
            mesh.SetVertices(Vector3s(UnityConvention.Vectors(gltfPositions)));
            mesh.RecalculateNormals();
            mesh.RecalculateBounds();
        }

        private static List<Vector3> Vector3s(float[] xyz)
        {
            var list = new List<Vector3>(xyz.Length / 3);
            for (int i = 0; i + 2 < xyz.Length; i += 3) list.Add(new Vector3(xyz[i], xyz[i + 1], xyz[i + 2]));
            return list;
        }

        private static List<Vector4> Vector4s(float[] xyzw)
        {
            var list = new List<Vector4>(xyzw.Length / 4);
            for (int i = 0; i + 3 < xyzw.Length; i += 4) list.Add(new Vector4(xyzw[i], xyzw[i + 1], xyzw[i + 2], xyzw[i + 3]));
            return list;
        }

        private static List<Vector2> Vector2s(float[] uv)
        {
            var list = new List<Vector2>(uv.Length / 2);
            for (int i = 0; i + 1 < uv.Length; i += 2) list.Add(new Vector2(uv[i], uv[i + 1]));
            return list;
        }
    }
}
