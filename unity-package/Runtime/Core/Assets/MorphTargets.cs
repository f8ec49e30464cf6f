using System.Collections.Generic;
using FitMe.Client;
using FitMe.Protocol;

namespace FitMe.Assets
{
    /// <summary>
    /// Expands sparse morph targets (MorphTarget.vertices, see proto/fitme.proto) to the dense form
    /// the rest of the package and the engine read: xyz deltas for every vertex, zero where none
    /// were sent. Dense targets are left as they are.
    /// </summary>
    public static class MorphTargets
    {
        public static void ExpandSparse(FitMeMesh mesh, string jobId)
        {
            foreach (var p in mesh.Primitives)
            {
                int n = p.Positions.Count / 3;
                bool hasNormals = n > 0 && p.Normals.Count == 3 * n;
                foreach (var t in p.Targets) Expand(t, n, hasNormals, jobId);
            }
        }

        private static void Expand(MorphTarget t, int n, bool hasNormals, string jobId)
        {
            var vertices = t.Vertices;
            if (vertices.Count == 0 && n > 0 && t.PositionDeltas.Count == 3 * n) return;
            int count = vertices.Count;
            if (t.PositionDeltas.Count != 3 * count || (t.NormalDeltas.Count != 0 && t.NormalDeltas.Count != 3 * count))
                throw Invalid(jobId, "a sparse morph target lists " + count + " vertices with " + t.PositionDeltas.Count / 3 + " position and " + t.NormalDeltas.Count / 3 + " normal deltas");
            var positions = new float[3 * n];
            var normals = hasNormals ? new float[3 * n] : null;
            long previous = -1;
            for (int k = 0; k < count; k++)
            {
                uint v = vertices[k];
                if (v <= previous || v >= n) throw Invalid(jobId, "a sparse morph target lists vertex " + v + " after " + previous + ", of " + n + ": not ascending or out of range");
                previous = v;
                for (int c = 0; c < 3; c++)
                {
                    positions[3 * v + c] = t.PositionDeltas[3 * k + c];
                    if (normals != null && t.NormalDeltas.Count != 0) normals[3 * v + c] = t.NormalDeltas[3 * k + c];
                }
            }
            Replace(t.PositionDeltas, positions);
            if (normals != null) Replace(t.NormalDeltas, normals);
            else t.NormalDeltas.Clear();
            vertices.Clear();
        }

        private static void Replace(List<float> list, float[] values)
        {
            list.Clear();
            list.AddRange(values);
        }

        private static FitMeException Invalid(string jobId, string what)
        {
            return new FitMeException(FailureKind.ProtocolError, "The daemon sent an invalid mesh: " + what + ".", jobId);
        }
    }
}
