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
        /// <summary>LOD0.</summary>
        public Mesh Mesh;
        /// <summary>LOD1, LOD2, ... (empty when the model has no levels of detail).</summary>
        public List<Mesh> Lods = new List<Mesh>();
        /// <summary>Decoded maps by texture id.</summary>
        public Dictionary<uint, Texture2D> Textures = new Dictionary<uint, Texture2D>();
        /// <summary>One per descriptor material, with the maps each uses.</summary>
        public List<Material> Materials = new List<Material>();
        public List<MaterialMaps> Maps = new List<MaterialMaps>();
        public AvatarDescriptor Descriptor;

        /// <summary>LOD0 then the lower levels.</summary>
        public IEnumerable<Mesh> AllMeshes
        {
            get { return new[] { Mesh }.Concat(Lods); }
        }
    }

    public static class FitMeAvatarBuilder
    {
        /// <summary>
        /// A GameObject with the avatar's mesh and materials for `pipeline`: a SkinnedMeshRenderer when
        /// the mesh has blendshapes (so they can be animated), else a MeshFilter and MeshRenderer.
        /// With levels of detail, a LODGroup on it and one such child per level (see <see cref="Instantiate"/>).
        /// </summary>
        public static BuiltAvatar Build(AvatarDescriptor d, RenderPipelineKind pipeline)
        {
            var built = new BuiltAvatar { Descriptor = d, Mesh = MeshBuilder.Build(d.Mesh) };
            foreach (var lod in d.Lods) built.Lods.Add(MeshBuilder.Build(lod));
            foreach (var t in d.Textures) built.Textures[t.TextureId] = TextureBuilder.Create(t);
            foreach (var m in d.Materials)
            {
                var maps = MaterialMaps.For(m, t => built.Textures[t.TextureId], pipeline);
                built.Maps.Add(maps);
                built.Materials.Add(MaterialBuilder.Create(m, maps, pipeline));
            }
            built.Root = Instantiate(d, built.AllMeshes.ToList(), built.Materials);
            return built;
        }

        /// <summary>The material of each submesh of `mesh`, in submesh order.</summary>
        public static Material[] SubMeshMaterials(MeshDescriptor mesh, IList<Material> materials)
        {
            return mesh.SubMeshes.Select(s => materials.Count == 0 ? null : materials[Mathf.Min(s.Material, materials.Count - 1)]).ToArray();
        }

        /// <summary>
        /// The avatar as a GameObject. One level: the renderer sits on the root. Several (LOD0 first,
        /// as in `meshes`): the root gets a LODGroup and one child "&lt;mesh name&gt;" per level, each with
        /// its own renderer, the level's mesh and blendshapes (same names on every level) and the same
        /// materials, switching at <see cref="LevelsOfDetail.ScreenRelativeTransitionHeights"/>, as
        /// UnityGLTF builds MSFT_lod nodes.
        /// </summary>
        public static GameObject Instantiate(AvatarDescriptor d, IList<Mesh> meshes, IList<Material> materials)
        {
            var levels = new[] { d.Mesh }.Concat(d.Lods).ToList();
            var root = new GameObject(d.Name);
            if (meshes.Count == 1)
            {
                AddRenderer(root, meshes[0], SubMeshMaterials(levels[0], materials));
                return root;
            }
            var heights = LevelsOfDetail.ScreenRelativeTransitionHeights(meshes.Count);
            var lods = new LOD[meshes.Count];
            for (int i = 0; i < meshes.Count; i++)
            {
                var child = new GameObject(meshes[i].name);
                child.transform.SetParent(root.transform, false);
                lods[i] = new LOD(heights[i], new[] { AddRenderer(child, meshes[i], SubMeshMaterials(levels[i], materials)) });
            }
            var group = root.AddComponent<LODGroup>();
            group.SetLODs(lods);
            group.RecalculateBounds();
            return root;
        }

        private static Renderer AddRenderer(GameObject go, Mesh mesh, Material[] materials)
        {
            if (mesh.blendShapeCount > 0)
            {
                var skinned = go.AddComponent<SkinnedMeshRenderer>();
                skinned.sharedMesh = mesh;
                skinned.sharedMaterials = materials;
                skinned.localBounds = mesh.bounds;
                return skinned;
            }
            go.AddComponent<MeshFilter>().sharedMesh = mesh;
            var renderer = go.AddComponent<MeshRenderer>();
            renderer.sharedMaterials = materials;
            return renderer;
        }

        /// <summary>
        /// Sets a blendshape by name (e.g. an ARKit name such as "jawOpen", weight 0..100) on every
        /// level of the avatar, so the face keeps its expression when the LODGroup switches level.
        /// </summary>
        public static void SetBlendShapeWeight(GameObject avatar, string name, float weight)
        {
            foreach (var skinned in avatar.GetComponentsInChildren<SkinnedMeshRenderer>(true))
            {
                int index = skinned.sharedMesh != null ? skinned.sharedMesh.GetBlendShapeIndex(name) : -1;
                if (index >= 0) skinned.SetBlendShapeWeight(index, weight);
            }
        }

        /// <summary>Destroys the GameObject and every asset Build made.</summary>
        public static void Destroy(BuiltAvatar built)
        {
            UnityObjects.Destroy(built.Root);
            foreach (var m in built.AllMeshes) UnityObjects.Destroy(m);
            foreach (var t in built.Textures.Values) UnityObjects.Destroy(t);
            foreach (var m in built.Maps)
                foreach (var t in m.Derived) UnityObjects.Destroy(t);
            foreach (var m in built.Materials) UnityObjects.Destroy(m);
        }
    }
}
