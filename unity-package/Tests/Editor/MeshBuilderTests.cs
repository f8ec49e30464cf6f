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
    }
}
