using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using FitMe.Assets;
using FitMe.Client;
using FitMe.Protocol;

namespace FitMe.Tests
{
    /// <summary>The core's pure parts: axis conversion, texture reassembly, token file.</summary>
    internal static class ConversionTests
    {
        public static void Register(TestList tests)
        {
            tests.Add("convention: a glTF triangle facing +Z stays front-facing toward +Z in Unity", () =>
            {
                var p = new Primitive { Name = "tri" };
                p.Positions.AddRange(new[] { 0f, 0f, 0f, 1f, 0f, 0f, 0f, 1f, 0f }); // CCW seen from +Z
                p.Normals.AddRange(new[] { 0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f, 1f });
                p.Tangents.AddRange(new[] { 1f, 0f, 0f, 1f, 1f, 0f, 0f, 1f, 1f, 0f, 0f, 1f });
                p.Uvs.AddRange(new[] { 0f, 1f, 1f, 1f, 0f, 0f }); // top-left origin: v grows downwards
                p.Indices.AddRange(new uint[] { 0, 1, 2 });
                var mesh = new FitMeMesh { Name = "m" };
                mesh.Primitives.Add(p);
                var d = AvatarAssembler.ConvertMesh("j", mesh);
                Check.True(d.Positions.SequenceEqual(new[] { -0f, 0f, 0f, -1f, 0f, 0f, -0f, 1f, 0f }), "positions mirror X");
                Check.True(d.SubMeshes[0].Triangles.SequenceEqual(new[] { 0, 2, 1 }), "winding reversed");
                // Unity: the front of a triangle (a, b, c) is along cross(b - a, c - a) in its own axes.
                var n = FaceNormal(d.Positions, d.SubMeshes[0].Triangles, 0);
                Check.True(n[2] > 0 && Math.Abs(n[0]) < 1e-6 && Math.Abs(n[1]) < 1e-6, "face normal is +Z, got " + string.Join(",", n));
                Check.True(d.Normals.SequenceEqual(new[] { -0f, 0f, 1f, -0f, 0f, 1f, -0f, 0f, 1f }), "normals keep +Z");
                Check.True(d.Tangents.SequenceEqual(new[] { -1f, 0f, 0f, -1f, -1f, 0f, 0f, -1f, -1f, 0f, 0f, -1f }), "tangent X and w negated");
                Check.True(d.Uvs.SequenceEqual(new[] { 0f, 0f, 1f, 0f, 0f, 1f }), "v flipped to a bottom-left origin");
            });

            tests.Add("convention: primitives merge into submeshes with offset indices and shared blendshapes", () =>
            {
                var mesh = new FitMeMesh { Name = "two" };
                mesh.TargetNames.Add("jawOpen");
                for (int k = 0; k < 2; k++)
                {
                    var p = new Primitive { Material = (uint)k };
                    p.Positions.AddRange(new[] { 0f, 0f, 0f, 1f, 0f, 0f, 0f, 1f, 0f });
                    p.Indices.AddRange(new uint[] { 0, 1, 2 });
                    var t = new MorphTarget();
                    t.PositionDeltas.AddRange(new[] { 0.5f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f });
                    p.Targets.Add(t);
                    mesh.Primitives.Add(p);
                }
                var d = AvatarAssembler.ConvertMesh("j", mesh);
                Check.Equal(6, d.VertexCount, "vertices");
                Check.True(d.SubMeshes[1].Triangles.SequenceEqual(new[] { 3, 5, 4 }), "second submesh offset by 3");
                Check.Equal(1, d.SubMeshes[1].Material, "material index");
                Check.Equal("jawOpen", d.BlendShapes[0].Name, "blendshape name");
                Check.Equal(-0.5f, d.BlendShapes[0].DeltaPositions[9], "delta of the second primitive, mirrored");
                Check.True(d.Normals == null && d.Uvs == null, "attributes absent everywhere stay absent");
            });

            tests.Add("morph targets: sparse ones expand to dense, zero elsewhere, with zero normal deltas where none were sent", () =>
            {
                var mesh = new FitMeMesh { Name = "sparse" };
                mesh.TargetNames.AddRange(new[] { "jawOpen", "nothing", "noNormals" });
                var p = new Primitive();
                p.Positions.AddRange(new float[12]);
                p.Normals.AddRange(new[] { 0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f, 1f });
                p.Indices.AddRange(new uint[] { 0, 1, 2, 1, 3, 2 });
                var jaw = new MorphTarget();
                jaw.Vertices.AddRange(new uint[] { 1, 3 });
                jaw.PositionDeltas.AddRange(new[] { 0.5f, 0f, 0f, 0f, -0.25f, 0f });
                jaw.NormalDeltas.AddRange(new[] { 0f, 0.1f, 0f, 0f, 0f, -0.2f });
                var noNormals = new MorphTarget();
                noNormals.Vertices.Add(2);
                noNormals.PositionDeltas.AddRange(new[] { 0f, 0f, 1f });
                p.Targets.Add(jaw);
                p.Targets.Add(new MorphTarget());
                p.Targets.Add(noNormals);
                mesh.Primitives.Add(p);
                MorphTargets.ExpandSparse(mesh, "j");
                Check.True(jaw.PositionDeltas.SequenceEqual(new[] { 0f, 0f, 0f, 0.5f, 0f, 0f, 0f, 0f, 0f, 0f, -0.25f, 0f }), "position deltas in place");
                Check.True(jaw.NormalDeltas.SequenceEqual(new[] { 0f, 0f, 0f, 0f, 0.1f, 0f, 0f, 0f, 0f, 0f, 0f, -0.2f }), "normal deltas in place");
                Check.Equal(0, jaw.Vertices.Count, "the vertex list is gone: the target is dense now");
                Check.True(p.Targets[1].PositionDeltas.Count == 12 && p.Targets[1].PositionDeltas.All(x => x == 0) && p.Targets[1].NormalDeltas.Count == 12, "a target that moves nothing is zeros");
                Check.True(noNormals.NormalDeltas.Count == 12 && noNormals.NormalDeltas.All(x => x == 0), "no normal deltas sent: zeros");
                var d = AvatarAssembler.ConvertMesh("j", mesh);
                Check.True(d.BlendShapes.All(b => b.DeltaNormals != null), "every blendshape keeps its normal deltas");
                Check.Equal(-0.5f, d.BlendShapes[0].DeltaPositions[3], "vertex 1 moves, mirrored");
                // A dense target is left as it is, and ExpandSparse may run twice.
                MorphTargets.ExpandSparse(mesh, "j");
                Check.Equal(0.5f, jaw.PositionDeltas[3], "expanding again changes nothing");
            });

            tests.Add("morph targets: a sparse vertex out of range, out of order or without its deltas is a protocol error", () =>
            {
                foreach (var vertices in new[] { new uint[] { 0, 4 }, new uint[] { 2, 1 }, new uint[] { 1, 1 }, new uint[] { 1 } })
                {
                    var p = new Primitive();
                    p.Positions.AddRange(new float[12]);
                    var t = new MorphTarget();
                    t.Vertices.AddRange(vertices);
                    t.PositionDeltas.AddRange(new float[6]);
                    p.Targets.Add(t);
                    var mesh = new FitMeMesh();
                    mesh.Primitives.Add(p);
                    try
                    {
                        MorphTargets.ExpandSparse(mesh, "j");
                    }
                    catch (FitMeException e)
                    {
                        Check.Equal(FailureKind.ProtocolError, e.Kind, "kind");
                        continue;
                    }
                    throw new AssertionFailed("no error for sparse vertices " + string.Join(",", vertices));
                }
            });

            tests.Add("levels of detail: transition heights 0.3, 0.1, then 0 for the coarsest (never culled), strictly decreasing", () =>
            {
                var h = LevelsOfDetail.ScreenRelativeTransitionHeights(3);
                Check.True(h.Length == 3 && Math.Abs(h[0] - 0.3f) < 1e-6 && Math.Abs(h[1] - 0.1f) < 1e-6 && h[2] == 0f, "0.3, 0.1, 0; got " + string.Join(", ", h));
                var five = LevelsOfDetail.ScreenRelativeTransitionHeights(5);
                for (int i = 1; i < five.Length; i++) Check.True(five[i] < five[i - 1], "decreasing at " + i + ": " + string.Join(", ", five));
                Check.True(five[4] == 0f && five[3] > 0f, "only the coarsest is 0");
                Check.True(LevelsOfDetail.ScreenRelativeTransitionHeights(1).SequenceEqual(new[] { 0f }), "a single level is never culled");
            });

            tests.Add("levels of detail: a lower level keeps LOD0's materials and blendshape names, named <avatar>_LOD<n>", () =>
            {
                var lod1 = Level(1, new[] { "jawOpen", "eyeBlinkLeft" }, 0, 1);
                var avatar = AvatarAssembler.Assemble("j", Level(0, new[] { "jawOpen", "eyeBlinkLeft" }, 0, 1), new[] { lod1 }, new TextureDescriptor[0], new JobCompleted());
                Check.Equal(1, avatar.Lods.Count, "one lower level");
                Check.Equal("head_LOD0", avatar.Mesh.Name, "LOD0's mesh name");
                Check.Equal("head_LOD1", avatar.Lods[0].Name, "LOD1's mesh name");
                Check.Equal("head", avatar.Name, "the avatar keeps its name");
                Check.True(avatar.Lods[0].SubMeshes.Select(m => m.Material).SequenceEqual(new[] { 0, 1 }), "LOD1's submesh materials");
                Check.True(avatar.Lods[0].BlendShapes.Select(b => b.Name).SequenceEqual(new[] { "jawOpen", "eyeBlinkLeft" }), "LOD1's blendshapes");
                Check.Equal("head", AvatarAssembler.Assemble("j", Level(0, new string[0], 0), new FitMeMesh[0], new TextureDescriptor[0], new JobCompleted()).Mesh.Name, "without levels the mesh keeps the avatar's name");
            });

            tests.Add("levels of detail: other morph target names, another material or primitive count than LOD0 is a protocol error", () =>
            {
                var lod0 = Level(0, new[] { "jawOpen", "eyeBlinkLeft" }, 0, 1);
                var bad = new[]
                {
                    Level(1, new[] { "eyeBlinkLeft", "jawOpen" }, 0, 1),
                    Level(1, new[] { "jawOpen" }, 0, 1),
                    Level(1, new[] { "jawOpen", "eyeBlinkLeft" }, 1, 0),
                    Level(1, new[] { "jawOpen", "eyeBlinkLeft" }, 0),
                };
                foreach (var lod in bad)
                {
                    try
                    {
                        AvatarAssembler.Assemble("j", lod0, new[] { lod }, new TextureDescriptor[0], new JobCompleted());
                    }
                    catch (FitMeException e)
                    {
                        Check.Equal(FailureKind.ProtocolError, e.Kind, "kind");
                        Check.True(e.Message.Contains("level of detail 1"), "the message names the level: " + e.Message);
                        continue;
                    }
                    throw new AssertionFailed("no error for a level with targets [" + string.Join(", ", lod.TargetNames) + "] and materials " + string.Join(",", lod.Primitives.Select(p => p.Material)));
                }
            });

            tests.Add("convention: an index past the vertex count is a protocol error", () =>
            {
                var p = new Primitive();
                p.Positions.AddRange(new[] { 0f, 0f, 0f });
                p.Indices.AddRange(new uint[] { 0, 0, 1 });
                var mesh = new FitMeMesh();
                mesh.Primitives.Add(p);
                try
                {
                    AvatarAssembler.ConvertMesh("j", mesh);
                }
                catch (FitMeException e)
                {
                    Check.Equal(FailureKind.ProtocolError, e.Kind, "kind");
                    return;
                }
                throw new AssertionFailed("no error for an out-of-range index");
            });

            tests.Add("textures: chunks reassemble and pass CRC-32 and SHA-256", () =>
            {
                Check.Equal(0xCBF43926u, Crc32.Compute(new ArraySegment<byte>(System.Text.Encoding.ASCII.GetBytes("123456789"))), "CRC-32 check value");
                var data = Pseudorandom(2500);
                var begin = Header(data, 3);
                var assembler = new TextureAssembler(begin, 1 << 20);
                TextureDescriptor done = null;
                foreach (var chunk in Chunks(data, 3, 1000)) done = assembler.Add(chunk);
                Check.True(done != null && done.Data.SequenceEqual(data), "bytes reassembled");
                Check.True(done.Linear && done.IsNormalMap, "a normal map is linear and flagged as a normal map");
            });

            tests.Add("textures: a corrupted chunk, a chunk out of order and a wrong SHA-256 are refused", () =>
            {
                var data = Pseudorandom(2500);
                var chunks = Chunks(data, 3, 1000);
                chunks[1].Data.Array[chunks[1].Data.Offset + 10] ^= 1;
                ExpectCorrupt(Header(data, 3), chunks, "CRC-32");
                chunks = Chunks(data, 3, 1000);
                ExpectCorrupt(Header(data, 3), new[] { chunks[0], chunks[2], chunks[1] }, "where chunk 1 was due");
                var wrongSha = Header(data, 3);
                var sha = wrongSha.Sha256.ToArray();
                sha[0] ^= 1;
                wrongSha.Sha256 = new ArraySegment<byte>(sha);
                ExpectCorrupt(wrongSha, Chunks(data, 3, 1000), "SHA-256");
            });

            tests.Add("textures: albedo is sRGB, the other maps linear, unless the header says otherwise", () =>
            {
                Check.True(!MapKindNames.IsLinear(MapKind.Albedo, FitMeColorSpace.Unspecified), "albedo");
                Check.True(MapKindNames.IsLinear(MapKind.Specular, FitMeColorSpace.Unspecified), "specular");
                Check.True(MapKindNames.IsLinear(MapKind.Roughness, FitMeColorSpace.Unspecified), "roughness");
                Check.True(!MapKindNames.IsLinear(MapKind.Specular, FitMeColorSpace.Srgb), "declared sRGB wins");
            });

            tests.Add("token: a missing token file says how to create one", () =>
            {
                string path = Path.Combine(Path.GetTempPath(), "fitme-no-such-dir-" + Guid.NewGuid().ToString("N"), "token");
                try
                {
                    DaemonLocation.ReadToken(path);
                }
                catch (FitMeException e)
                {
                    Check.Equal(FailureKind.TokenMissing, e.Kind, "kind");
                    Check.True(e.Message.Contains(path) && e.Message.Contains("fitme serve"), "message names the path and the fix: " + e.Message);
                    return;
                }
                throw new AssertionFailed("no error for a missing token file");
            });
        }

        /// <summary>cross(b - a, c - a) of triangle t.</summary>
        public static double[] FaceNormal(float[] positions, int[] triangles, int t)
        {
            int a = triangles[3 * t] * 3, b = triangles[3 * t + 1] * 3, c = triangles[3 * t + 2] * 3;
            double ux = positions[b] - positions[a], uy = positions[b + 1] - positions[a + 1], uz = positions[b + 2] - positions[a + 2];
            double vx = positions[c] - positions[a], vy = positions[c + 1] - positions[a + 1], vz = positions[c + 2] - positions[a + 2];
            return new[] { uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx };
        }

        /// <summary>A mesh "head" at level `lod`: one triangle per material given, with the named (zero) morph targets.</summary>
        private static FitMeMesh Level(uint lod, string[] targetNames, params int[] materials)
        {
            var mesh = new FitMeMesh { Name = "head", Lod = lod };
            mesh.TargetNames.AddRange(targetNames);
            mesh.Materials.Add(new FitMeMaterial { Name = "skin" });
            mesh.Materials.Add(new FitMeMaterial { Name = "teeth" });
            foreach (int m in materials)
            {
                var p = new Primitive { Material = (uint)m };
                p.Positions.AddRange(new[] { 0f, 0f, 0f, 1f, 0f, 0f, 0f, 1f, 0f });
                p.Indices.AddRange(new uint[] { 0, 1, 2 });
                foreach (var unused in targetNames)
                {
                    var t = new MorphTarget();
                    t.PositionDeltas.AddRange(new float[9]);
                    p.Targets.Add(t);
                }
                mesh.Primitives.Add(p);
            }
            return mesh;
        }

        private static void ExpectCorrupt(TextureBegin begin, TextureChunk[] chunks, string expected)
        {
            var assembler = new TextureAssembler(begin, 1 << 20);
            try
            {
                foreach (var chunk in chunks) assembler.Add(chunk);
            }
            catch (FitMeException e)
            {
                Check.Equal(FailureKind.CorruptData, e.Kind, "kind");
                Check.True(e.Message.Contains(expected), "message mentions " + expected + ": " + e.Message);
                return;
            }
            throw new AssertionFailed("accepted corrupt data (" + expected + ")");
        }

        private static byte[] Pseudorandom(int length)
        {
            var b = new byte[length];
            new Random(42).NextBytes(b);
            return b;
        }

        private static TextureBegin Header(byte[] data, uint chunks)
        {
            using (var sha = SHA256.Create())
                return new TextureBegin
                {
                    JobId = "j",
                    TextureId = 1,
                    Kind = MapKind.Normal,
                    Width = 16,
                    Height = 16,
                    Encoding = "image/png",
                    ColorSpace = FitMeColorSpace.Linear,
                    TotalBytes = (ulong)data.Length,
                    ChunkCount = chunks,
                    Crc32 = Crc32.Compute(new ArraySegment<byte>(data)),
                    Sha256 = new ArraySegment<byte>(sha.ComputeHash(data)),
                };
        }

        private static TextureChunk[] Chunks(byte[] data, int count, int size)
        {
            var result = new TextureChunk[count];
            for (int i = 0; i < count; i++)
            {
                int length = Math.Min(size, data.Length - i * size);
                var part = new byte[length];
                Buffer.BlockCopy(data, i * size, part, 0, length);
                result[i] = new TextureChunk { JobId = "j", TextureId = 1, Index = (uint)i, Offset = (ulong)(i * size), Data = new ArraySegment<byte>(part), Crc32 = Crc32.Compute(new ArraySegment<byte>(part)) };
            }
            return result;
        }
    }
}
