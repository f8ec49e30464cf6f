using System.IO;
using FitMe.Editor;
using FitMe.Unity;
using NUnit.Framework;
using UnityEditor;
using UnityEngine;

namespace FitMe.Tests
{
    public class AssetWriterTests
    {
        private string folder;

        [TearDown]
        public void RemoveAssets()
        {
            if (folder != null) AssetDatabase.DeleteAsset(folder);
        }

        [Test]
        public void SavesMapsMeshMaterialsAndPrefabUnderAssetsFitMe()
        {
            var built = FitMeAvatarBuilder.Build(Fixtures.Avatar(4), RenderPipelines.Current);
            GameObject prefab;
            try
            {
                prefab = AvatarAssetWriter.Save(built, "test-" + System.Guid.NewGuid().ToString("N"));
            }
            finally
            {
                FitMeAvatarBuilder.Destroy(built);
            }
            string path = AssetDatabase.GetAssetPath(prefab);
            folder = Path.GetDirectoryName(path).Replace('\\', '/');
            StringAssert.StartsWith(AvatarAssetWriter.Root + "/test-", folder);

            var albedo = (TextureImporter)AssetImporter.GetAtPath(folder + "/albedo.png");
            var normal = (TextureImporter)AssetImporter.GetAtPath(folder + "/normal.png");
            var specular = (TextureImporter)AssetImporter.GetAtPath(folder + "/specular.png");
            Assert.IsTrue(albedo.sRGBTexture);
            Assert.AreEqual(TextureImporterType.NormalMap, normal.textureType);
            Assert.IsFalse(specular.sRGBTexture);

            var renderer = prefab.GetComponent<SkinnedMeshRenderer>();
            Assert.IsNotNull(renderer);
            Assert.IsTrue(AssetDatabase.Contains(renderer.sharedMesh), "the mesh is an asset");
            Assert.IsTrue(AssetDatabase.Contains(renderer.sharedMaterial), "the material is an asset");
            Assert.AreEqual(1, renderer.sharedMesh.blendShapeCount);
        }
    
        [Test]
        public void SavesEveryLevelOfDetailAsAMeshAssetUnderTheLODGroup()
        {
            var built = FitMeAvatarBuilder.Build(Fixtures.Avatar(10, 6, 3), RenderPipelines.Current);
            GameObject prefab;
            try
            {
                prefab = AvatarAssetWriter.Save(built, "test-" + System.Guid.NewGuid().ToString("N"));
            }
            finally
            {
                FitMeAvatarBuilder.Destroy(built);
            }
            folder = Path.GetDirectoryName(AssetDatabase.GetAssetPath(prefab)).Replace('\\', '/');
            var lods = prefab.GetComponent<LODGroup>().GetLODs();
            Assert.AreEqual(3, lods.Length);
            for (int i = 0; i < 3; i++)
            {
                var mesh = ((SkinnedMeshRenderer)lods[i].renderers[0]).sharedMesh;
                Assert.AreEqual(folder + "/grid_LOD" + i + ".mesh.asset", AssetDatabase.GetAssetPath(mesh));
                Assert.AreEqual(1, mesh.blendShapeCount);
            }
        }
    }
}
