using System.Collections.Generic;
using System.Linq;
using FitMe.Assets;
using UnityEngine;

namespace FitMe.Unity
{
    /// <summary>Everything made for one avatar, so an editor can save it as assets or a caller can destroy it.</summary>
    public sealed class BuiltAvatar
    {
        public GameObject Root;
        public Mesh Mesh;
        /// <summary>Decoded maps by texture id.</summary>
        public Dictionary<uint, Texture2D> Textures = new Dictionary<uint, Texture2D>();
        /// <summary>One per descriptor material, with the maps each uses.</summary>
        public List<Material> Materials = new List<Material>();
        public List<MaterialMaps> Maps = new List<MaterialMaps>();
        public AvatarDescriptor Descriptor;
    }

    public static class AvatarBuilder
    {
        /// <summary>
        /// A GameObject with the avatar's mesh and materials for `pipeline`: a SkinnedMeshRenderer when
        /// the mesh has blendshapes (so they can be animated), else a MeshFilter and MeshRenderer.
        /// </summary>
        public static BuiltAvatar Build(AvatarDescriptor d, RenderPipelineKind pipeline)
        {
            var built = new BuiltAvatar { Descriptor = d, Mesh = MeshBuilder.Build(d.Mesh) };
            foreach (var t in d.Textures) built.Textures[t.TextureId] = TextureBuilder.Create(t);
            foreach (var m in d.Materials)
            {
                var maps = MaterialMaps.For(m, t => built.Textures[t.TextureId], pipeline);
                built.Maps.Add(maps);
                built.Materials.Add(MaterialBuilder.Create(m, maps, pipeline));
            }
            built.Root = Instantiate(d.Name, built.Mesh, SubMeshMaterials(d, built.Materials));
            return built;
        }

        /// <summary>The material of each submesh, in submesh order.</summary>
        public static Material[] SubMeshMaterials(AvatarDescriptor d, IList<Material> materials)
        {
            return d.Mesh.SubMeshes.Select(s => materials.Count == 0 ? null : materials[Mathf.Min(s.Material, materials.Count - 1)]).ToArray();
        }

        public static GameObject Instantiate(string name, Mesh mesh, Material[] materials)
        {
            var go = new GameObject(name);
            if (mesh.blendShapeCount > 0)
            {
                var skinned = go.AddComponent<SkinnedMeshRenderer>();
                skinned.sharedMesh = mesh;
                skinned.sharedMaterials = materials;
                skinned.localBounds = mesh.bounds;
            }
            else
            {
                go.AddComponent<MeshFilter>().sharedMesh = mesh;
                go.AddComponent<MeshRenderer>().sharedMaterials = materials;
            }
            return go;
        }

        /// <summary>Destroys the GameObject and every asset Build made.</summary>
        public static void Destroy(BuiltAvatar built)
        {
            UnityObjects.Destroy(built.Root);
            UnityObjects.Destroy(built.Mesh);
            foreach (var t in built.Textures.Values) UnityObjects.Destroy(t);
            foreach (var m in built.Maps)
                foreach (var t in m.Derived) UnityObjects.Destroy(t);
            foreach (var m in built.Materials) UnityObjects.Destroy(m);
        }
    }
}
