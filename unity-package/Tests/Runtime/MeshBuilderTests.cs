using FitMe.Unity;
using NUnit.Framework;
using UnityEngine;
using UnityEngine.Rendering;

namespace FitMe.Tests
{
    public class MeshBuilderTests
    {
        [Test]
        public void SmallMeshUses16BitIndicesAndKeepsBlendshapes()
        {
            var d = Fixtures.Avatar(10).Mesh;
            var mesh = MeshBuilder.Build(d);
            try
            {
                Assert.AreEqual(IndexFormat.UInt16, mesh.indexFormat);
                Assert.AreEqual(100, mesh.vertexCount);
                Assert.AreEqual(1, mesh.blendShapeCount);
                Assert.AreEqual("puff", mesh.GetBlendShapeName(0));
                Assert.AreEqual(9 * 9 * 2 * 3, mesh.GetTriangles(0).Length);
            }
            finally
            {
                Object.DestroyImmediate(mesh);
            }
        }

        [Test]
        public void MoreThan65535VerticesUse32BitIndices()
        {
            var d = Fixtures.Avatar(260).Mesh; // 67,600 vertices
            var mesh = MeshBuilder.Build(d);
            try
            {
                Assert.AreEqual(IndexFormat.UInt32, mesh.indexFormat);
                Assert.AreEqual(67600, mesh.vertexCount);
                Assert.AreEqual(67599, Mathf.Max(mesh.GetTriangles(0)));
            }
            finally
            {
                Object.DestroyImmediate(mesh);
            }
        }

        [Test]
        public void FrontFacesPointAtTheViewerAfterConversion()
        {
            // glTF +Z (towards the viewer) is Unity's +Z too after mirroring X; Unity's own normal
            // recalculation (which follows the winding) must agree with the converted normals.
            var d = Fixtures.Avatar(4).Mesh;
            var mesh = MeshBuilder.Build(d);
            try
            {
                var given = mesh.normals;
                mesh.RecalculateNormals();
                var recalculated = mesh.normals;
                for (int i = 0; i < given.Length; i++) Assert.Greater(Vector3.Dot(given[i], recalculated[i]), 0.99f);
                Assert.AreEqual(1f, given[0].z, 1e-6f);
            }
            finally
            {
                Object.DestroyImmediate(mesh);
            }
        }
    
        [Test]
        public void LevelsOfDetailBecomeALODGroupWithBlendshapesOnEveryLevel()
        {
            var built = FitMeAvatarBuilder.Build(Fixtures.Avatar(10, 6, 3), RenderPipelines.Current);
            try
            {
                var group = built.Root.GetComponent<LODGroup>();
                Assert.IsNotNull(group);
                var lods = group.GetLODs();
                Assert.AreEqual(3, lods.Length);
                float[] heights = { 0.3f, 0.1f, 0f };
                for (int i = 0; i < 3; i++) Assert.AreEqual(heights[i], lods[i].screenRelativeTransitionHeight, 1e-6f);
                int[] vertices = { 100, 36, 9 };
                for (int i = 0; i < 3; i++)
                {
                    var skinned = (SkinnedMeshRenderer)lods[i].renderers[0];
                    Assert.AreEqual("grid_LOD" + i, skinned.gameObject.name);
                    Assert.AreSame(built.Root.transform, skinned.transform.parent);
                    Assert.AreEqual(vertices[i], skinned.sharedMesh.vertexCount);
                    Assert.AreEqual("puff", skinned.sharedMesh.GetBlendShapeName(0));
                    Assert.AreSame(built.Materials[0], skinned.sharedMaterial);
                }
                FitMeAvatarBuilder.SetBlendShapeWeight(built.Root, "puff", 40f);
                foreach (var lod in lods) Assert.AreEqual(40f, ((SkinnedMeshRenderer)lod.renderers[0]).GetBlendShapeWeight(0));
            }
            finally
            {
                FitMeAvatarBuilder.Destroy(built);
            }
        }
    }
}
