using System.Collections.Generic;

namespace FitMe.Assets
{
    /// <summary>
    /// glTF (right-handed, +Z towards the viewer, counter-clockwise front faces, UV origin top-left)
    /// to Unity (left-handed, clockwise front faces, UV origin bottom-left). Mirroring X maps the
    /// handedness; the mirror reverses the apparent winding, so each triangle's last two indices swap.
    /// </summary>
    public static class UnityConvention
    {
        /// <summary>Positions, normals and their morph deltas: negate X.</summary>
        public static float[] Vectors(IList<float> xyz)
        {
            var result = new float[xyz.Count];
            for (int i = 0; i + 2 < xyz.Count; i += 3)
            {
                result[i] = -xyz[i];
                result[i + 1] = xyz[i + 1];
                result[i + 2] = xyz[i + 2];
            }
            return result;
        }

        /// <summary>
        /// Tangents: negate X like every vector, and negate w. Unity rebuilds the bitangent as
        /// cross(normal, tangent) * w; after a mirror that cross product points the other way, while
        /// the bitangent must keep following the texture's +V (v flips too, so it is the same direction).
        /// </summary>
        public static float[] Tangents(IList<float> xyzw)
        {
            var result = new float[xyzw.Count];
            for (int i = 0; i + 3 < xyzw.Count; i += 4)
            {
                result[i] = -xyzw[i];
                result[i + 1] = xyzw[i + 1];
                result[i + 2] = xyzw[i + 2];
                result[i + 3] = -xyzw[i + 3];
            }
            return result;
        }

        /// <summary>UV origin top-left to bottom-left: v' = 1 - v. Texture pixels are not flipped.</summary>
        public static float[] Uvs(IList<float> uv)
        {
            var result = new float[uv.Count];
            for (int i = 0; i + 1 < uv.Count; i += 2)
            {
                result[i] = uv[i];
                result[i + 1] = 1f - uv[i + 1];
            }
            return result;
        }

        /// <summary>Counter-clockwise triangles to clockwise ones, offset into a merged vertex list.</summary>
        public static int[] Triangles(IList<uint> indices, int vertexOffset)
        {
            var result = new int[indices.Count];
            for (int i = 0; i + 2 < indices.Count; i += 3)
            {
                result[i] = (int)indices[i] + vertexOffset;
                result[i + 1] = (int)indices[i + 2] + vertexOffset;
                result[i + 2] = (int)indices[i + 1] + vertexOffset;
            }
            return result;
        }
    }
}
