using System.Collections.Generic;
using FitMe.Client;
using FitMe.Protocol;

namespace FitMe.Assets
{
    /// <summary>
    /// Levels of detail as Unity's LODGroup takes them. The daemon streams one Mesh per level, LOD0
    /// first; every lower level must be the same avatar: as many primitives, each with LOD0's
    /// material, and the same morph target names in the same order (so a blendshape weight set by
    /// name drives every level alike).
    /// </summary>
    public static class LevelsOfDetail
    {
        /// <summary>
        /// Screen height fraction below which LOD0 gives way to LOD1: the value the daemon writes
        /// first in the glb's MSFT_screencoverage (server/export/glb.ts), so this package and glTF
        /// importers that honour MSFT_lod (UnityGLTF) switch at the same sizes.
        /// </summary>
        public const float FirstTransition = 0.3f;

        /// <summary>Each level below LOD1 hands over at a third of the previous level's height.</summary>
        public const float TransitionRatio = 1f / 3f;

        /// <summary>
        /// LOD.screenRelativeTransitionHeight for each of `count` levels, strictly decreasing:
        /// 0.3, 0.1, ... and 0 for the coarsest, which is never culled (as in the glb, whose
        /// MSFT_screencoverage ends in 0). A head at 30% of the screen's height and above shows
        /// LOD0, down to 10% LOD1, below that LOD2.
        /// </summary>
        public static float[] ScreenRelativeTransitionHeights(int count)
        {
            var heights = new float[count];
            float h = FirstTransition;
            for (int i = 0; i < count - 1; i++)
            {
                heights[i] = h;
                h *= TransitionRatio;
            }
            return heights;
        }

        /// <summary>Refuses a lower level that is not the same avatar as LOD0 (see the class summary).</summary>
        public static void CheckMatchesLod0(FitMeMesh lod0, FitMeMesh lod, string jobId)
        {
            string at = "level of detail " + lod.Lod + " ";
            if (lod.Primitives.Count != lod0.Primitives.Count)
                throw Invalid(jobId, at + "has " + lod.Primitives.Count + " primitives, LOD0 " + lod0.Primitives.Count);
            for (int i = 0; i < lod.Primitives.Count; i++)
            {
                if (lod.Primitives[i].Material != lod0.Primitives[i].Material)
                    throw Invalid(jobId, at + "primitive " + i + " uses material " + lod.Primitives[i].Material + ", LOD0's uses " + lod0.Primitives[i].Material);
            }
            if (!SameNames(lod.TargetNames, lod0.TargetNames))
                throw Invalid(jobId, at + "has morph targets [" + string.Join(", ", lod.TargetNames) + "], LOD0 [" + string.Join(", ", lod0.TargetNames) + "]");
        }

        private static bool SameNames(IList<string> a, IList<string> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        private static FitMeException Invalid(string jobId, string what)
        {
            return new FitMeException(FailureKind.ProtocolError, "The daemon sent an invalid mesh: " + what + ".", jobId);
        }
    }
}
