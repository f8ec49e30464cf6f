using System;
using System.Collections.Generic;
using FitMe.Client;
using FitMe.Protocol;

namespace FitMe.Assets
{
    /// <summary>Turns the protocol's Mesh (and its lower levels of detail) and the reassembled textures into an <see cref="AvatarDescriptor"/>.</summary>
    public static class AvatarAssembler
    {
        /// <param name="lods">LOD1, LOD2, ... (empty without levels of detail); each is checked against `mesh` (LOD0).</param>
        public static AvatarDescriptor Assemble(string jobId, FitMeMesh mesh, IList<FitMeMesh> lods, IList<TextureDescriptor> textures, JobCompleted completed)
        {
            var byId = new Dictionary<uint, TextureDescriptor>();
            foreach (var t in textures) byId[t.TextureId] = t;
            var avatar = new AvatarDescriptor
            {
                JobId = jobId,
                Name = string.IsNullOrEmpty(mesh.Name) ? "avatar" : mesh.Name,
                Mesh = ConvertMesh(jobId, mesh),
                Completed = completed,
            };
            avatar.Textures.AddRange(textures);
            foreach (var m in mesh.Materials) avatar.Materials.Add(ConvertMaterial(m, byId));
            foreach (var lod in lods)
            {
                LevelsOfDetail.CheckMatchesLod0(mesh, lod, jobId);
                var level = ConvertMesh(jobId, lod);
                level.Name = avatar.Name + "_LOD" + lod.Lod;
                avatar.Lods.Add(level);
            }
            if (avatar.Lods.Count > 0) avatar.Mesh.Name = avatar.Name + "_LOD0";
            foreach (var sub in avatar.Mesh.SubMeshes)
            {
                if (sub.Material >= avatar.Materials.Count && mesh.Materials.Count > 0)
                    throw Invalid(jobId, "a primitive uses material " + sub.Material + " of " + mesh.Materials.Count);
            }
            return avatar;
        }

        public static MeshDescriptor ConvertMesh(string jobId, FitMeMesh mesh)
        {
            if (mesh.Primitives.Count == 0) throw Invalid(jobId, "the mesh has no primitives");
            int vertices = 0;
            bool normals = true, tangents = true, uvs = true;
            foreach (var p in mesh.Primitives)
            {
                int n = p.Positions.Count / 3;
                if (p.Positions.Count % 3 != 0) throw Invalid(jobId, "positions are not xyz triples");
                if (p.Normals.Count != 0 && p.Normals.Count != 3 * n) throw Invalid(jobId, "normals do not match the vertex count");
                if (p.Tangents.Count != 0 && p.Tangents.Count != 4 * n) throw Invalid(jobId, "tangents do not match the vertex count");
                if (p.Uvs.Count != 0 && p.Uvs.Count != 2 * n) throw Invalid(jobId, "uvs do not match the vertex count");
                if (p.Indices.Count % 3 != 0) throw Invalid(jobId, "indices are not triangles");
                foreach (uint i in p.Indices)
                    if (i >= n) throw Invalid(jobId, "index " + i + " is out of range for " + n + " vertices");
                if (p.Targets.Count != mesh.TargetNames.Count) throw Invalid(jobId, "a primitive has " + p.Targets.Count + " morph targets for " + mesh.TargetNames.Count + " names");
                foreach (var t in p.Targets)
                {
                    if (t.PositionDeltas.Count != 3 * n) throw Invalid(jobId, "morph target position deltas do not match the vertex count");
                    if (t.NormalDeltas.Count != 0 && t.NormalDeltas.Count != 3 * n) throw Invalid(jobId, "morph target normal deltas do not match the vertex count");
                }
                normals &= p.Normals.Count != 0;
                tangents &= p.Tangents.Count != 0;
                uvs &= p.Uvs.Count != 0;
                vertices += n;
            }

            // An attribute survives the merge only when every primitive has it.
            var d = new MeshDescriptor
            {
                Name = string.IsNullOrEmpty(mesh.Name) ? "avatar" : mesh.Name,
                VertexCount = vertices,
                Positions = new float[3 * vertices],
                Normals = normals ? new float[3 * vertices] : null,
                Tangents = tangents ? new float[4 * vertices] : null,
                Uvs = uvs ? new float[2 * vertices] : null,
            };
            for (int t = 0; t < mesh.TargetNames.Count; t++)
            {
                bool deltaNormals = true;
                foreach (var p in mesh.Primitives) deltaNormals &= p.Targets[t].NormalDeltas.Count != 0;
                d.BlendShapes.Add(new BlendShapeDescriptor
                {
                    Name = mesh.TargetNames[t],
                    DeltaPositions = new float[3 * vertices],
                    DeltaNormals = deltaNormals ? new float[3 * vertices] : null,
                });
            }

            int offset = 0;
            foreach (var p in mesh.Primitives)
            {
                int n = p.Positions.Count / 3;
                Array.Copy(UnityConvention.Vectors(p.Positions), 0, d.Positions, 3 * offset, 3 * n);
                if (normals) Array.Copy(UnityConvention.Vectors(p.Normals), 0, d.Normals, 3 * offset, 3 * n);
                if (tangents) Array.Copy(UnityConvention.Tangents(p.Tangents), 0, d.Tangents, 4 * offset, 4 * n);
                if (uvs) Array.Copy(UnityConvention.Uvs(p.Uvs), 0, d.Uvs, 2 * offset, 2 * n);
                for (int t = 0; t < p.Targets.Count; t++)
                {
                    var shape = d.BlendShapes[t];
                    Array.Copy(UnityConvention.Vectors(p.Targets[t].PositionDeltas), 0, shape.DeltaPositions, 3 * offset, 3 * n);
                    if (shape.DeltaNormals != null) Array.Copy(UnityConvention.Vectors(p.Targets[t].NormalDeltas), 0, shape.DeltaNormals, 3 * offset, 3 * n);
                }
                d.SubMeshes.Add(new FitMeSubMeshDescriptor { Triangles = UnityConvention.Triangles(p.Indices, offset), Material = (int)p.Material });
                offset += n;
            }
            return d;
        }

        private static MaterialDescriptor ConvertMaterial(FitMeMaterial m, Dictionary<uint, TextureDescriptor> textures)
        {
            return new MaterialDescriptor
            {
                Name = string.IsNullOrEmpty(m.Name) ? "material" : m.Name,
                BaseColorFactor = m.BaseColorFactor.Count == 4 ? m.BaseColorFactor.ToArray() : new[] { 1f, 1f, 1f, 1f },
                Metallic = m.Metallic,
                Roughness = m.Roughness,
                SpecularFactor = m.SpecularFactor,
                BaseColorTexture = Lookup(m.BaseColorTexture, textures),
                NormalTexture = Lookup(m.NormalTexture, textures),
                SpecularTexture = Lookup(m.SpecularTexture, textures),
                RoughnessTexture = Lookup(m.RoughnessTexture, textures),
            };
        }

        /// <summary>Texture id 0 means none; a texture skipped on request (FetchResult.skip_textures) is also none.</summary>
        private static TextureDescriptor Lookup(uint id, Dictionary<uint, TextureDescriptor> textures)
        {
            TextureDescriptor t;
            return id != 0 && textures.TryGetValue(id, out t) ? t : null;
        }

        private static FitMeException Invalid(string jobId, string what)
        {
            return new FitMeException(FailureKind.ProtocolError, "The daemon sent an invalid mesh: " + what + ".", jobId);
        }
    }
}
