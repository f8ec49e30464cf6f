using System.IO;
using System.Linq;
using FitMe.Assets;
using FitMe.Unity;
using UnityEditor;
using UnityEngine;

namespace FitMe.Editor
{
    /// <summary>
    /// Saves a built avatar as project assets under Assets/FitMe/&lt;name&gt;/: the daemon's PNG maps
    /// byte for byte (imported with the right colour space and normal maps as normal maps), packed
    /// maps, the mesh (one per level of detail), one material per descriptor material, and a prefab
    /// (with a LODGroup when there are levels of detail).
    /// </summary>
    public static class AvatarAssetWriter
    {
        public const string Root = "Assets/FitMe";

        /// <returns>The prefab asset.</returns>
        public static GameObject Save(BuiltAvatar built, string name)
        {
            string folder = CreateFolder(name);
            var d = built.Descriptor;
            var imported = d.Textures.ToDictionary(t => t.TextureId, t => ImportMap(folder, t));
            var materials = d.Materials.Select((m, i) => SaveMaterial(folder, m, built.Maps[i], imported)).ToList();

            // One asset per level of detail: <name>.mesh.asset alone, <name>_LOD0.mesh.asset, <name>_LOD1.mesh.asset, ... with levels.
            var meshes = built.AllMeshes.Select(m => SaveMesh(folder, m)).ToList();

            var go = FitMeAvatarBuilder.Instantiate(d, meshes, materials);
            try
            {
                return PrefabUtility.SaveAsPrefabAsset(go, folder + "/" + Safe(d.Name) + ".prefab");
            }
            finally
            {
                Object.DestroyImmediate(go);
                AssetDatabase.SaveAssets();
            }
        }

        private static Mesh SaveMesh(string folder, Mesh built)
        {
            var mesh = Object.Instantiate(built);
            mesh.name = built.name;
            AssetDatabase.CreateAsset(mesh, folder + "/" + Safe(built.name) + ".mesh.asset");
            return mesh;
        }

        private static string CreateFolder(string name)
        {
            if (!AssetDatabase.IsValidFolder(Root)) AssetDatabase.CreateFolder("Assets", "FitMe");
            string path = AssetDatabase.GenerateUniqueAssetPath(Root + "/" + Safe(name));
            AssetDatabase.CreateFolder(Root, Path.GetFileName(path));
            return path;
        }

        /// <summary>Writes the daemon's PNG unchanged and sets its importer: sRGB only for albedo, NormalMap type for normals.</summary>
        private static Texture2D ImportMap(string folder, TextureDescriptor t)
        {
            string path = folder + "/" + t.Name + ".png";
            File.WriteAllBytes(path, t.Data);
            AssetDatabase.ImportAsset(path, ImportAssetOptions.ForceSynchronousImport);
            Configure(path, !t.Linear, t.IsNormalMap);
            return AssetDatabase.LoadAssetAtPath<Texture2D>(path);
        }

        private static Texture2D SavePacked(string folder, Texture2D packed)
        {
            string path = folder + "/" + Safe(packed.name) + ".png";
            File.WriteAllBytes(path, packed.EncodeToPNG());
            AssetDatabase.ImportAsset(path, ImportAssetOptions.ForceSynchronousImport);
            // The packed Built-in/URP specular map holds sRGB-encoded F0; HDRP's maps are linear.
            Configure(path, packed.isDataSRGB, false);
            return AssetDatabase.LoadAssetAtPath<Texture2D>(path);
        }

        private static void Configure(string path, bool srgb, bool normalMap)
        {
            var importer = (TextureImporter)AssetImporter.GetAtPath(path);
            importer.textureType = normalMap ? TextureImporterType.NormalMap : TextureImporterType.Default;
            importer.sRGBTexture = srgb;
            importer.wrapMode = TextureWrapMode.Clamp;
            importer.mipmapEnabled = true;
            importer.maxTextureSize = 8192;
            importer.SaveAndReimport();
        }

        private static Material SaveMaterial(string folder, MaterialDescriptor m, MaterialMaps runtime, System.Collections.Generic.Dictionary<uint, Texture2D> imported)
        {
            var maps = new MaterialMaps
            {
                BaseColor = m.BaseColorTexture != null ? imported[m.BaseColorTexture.TextureId] : null,
                Normal = m.NormalTexture != null ? imported[m.NormalTexture.TextureId] : null,
                Specular = runtime.Specular != null ? SavePacked(folder, runtime.Specular) : null,
                Mask = runtime.Mask != null ? SavePacked(folder, runtime.Mask) : null,
            };
            var material = MaterialBuilder.Create(m, maps, RenderPipelines.Current);
            AssetDatabase.CreateAsset(material, folder + "/" + Safe(m.Name) + ".mat");
            return material;
        }

        private static string Safe(string name)
        {
            var chars = (string.IsNullOrEmpty(name) ? "avatar" : name).Select(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' ? c : '_').ToArray();
            return new string(chars);
        }
    }
}
