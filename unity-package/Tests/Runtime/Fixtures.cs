using FitMe.Assets;
using FitMe.Protocol;
using UnityEngine;

namespace FitMe.Tests
{
    /// <summary>Small avatars made the way the daemon sends them (protocol messages through the core's assembler).</summary>
    internal static class Fixtures
    {
        /// <summary>A grid of quads facing +Z (glTF), `side` × `side` vertices, with one blendshape.</summary>
        public static FitMeMesh Grid(int side)
        {
            var p = new Primitive { Name = "grid" };
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    float u = x / (float)(side - 1), v = y / (float)(side - 1);
                    p.Positions.AddRange(new[] { u - 0.5f, 0.5f - v, 0f });
                    p.Normals.AddRange(new[] { 0f, 0f, 1f });
                    p.Tangents.AddRange(new[] { 1f, 0f, 0f, 1f });
                    p.Uvs.AddRange(new[] { u, v });
                }
            }
            for (int y = 0; y + 1 < side; y++)
            {
                for (int x = 0; x + 1 < side; x++)
                {
                    uint a = (uint)(y * side + x), b = a + 1, c = a + (uint)side, d = c + 1;
                    // Counter-clockwise seen from +Z: image rows go down (-Y) as y grows.
                    p.Indices.AddRange(new[] { a, c, b, b, c, d });
                }
            }
            var target = new MorphTarget();
            for (int i = 0; i < side * side; i++) target.PositionDeltas.AddRange(new[] { 0f, 0f, 0.01f });
            p.Targets.Add(target);
            var mesh = new FitMeMesh { JobId = "test", Name = "grid" };
            mesh.TargetNames.Add("puff");
            mesh.Primitives.Add(p);
            mesh.Materials.Add(new FitMeMaterial { Name = "skin", Roughness = 0.4f, SpecularFactor = 1f, BaseColorTexture = 1, NormalTexture = 2, SpecularTexture = 3 });
            mesh.Materials[0].BaseColorFactor.AddRange(new[] { 1f, 1f, 1f, 1f });
            return mesh;
        }

        public static TextureDescriptor Png(uint id, MapKind kind, Color color)
        {
            var t = new Texture2D(8, 8, TextureFormat.RGBA32, false);
            var pixels = new Color[64];
            for (int i = 0; i < pixels.Length; i++) pixels[i] = color;
            t.SetPixels(pixels);
            byte[] png = t.EncodeToPNG();
            Object.DestroyImmediate(t);
            return new TextureDescriptor
            {
                TextureId = id,
                Kind = kind,
                Width = 8,
                Height = 8,
                Encoding = "image/png",
                Linear = MapKindNames.IsLinear(kind, FitMeColorSpace.Unspecified),
                IsNormalMap = kind == MapKind.Normal,
                Channels = 4,
                BitDepth = 8,
                Data = png,
            };
        }

        /// <param name="lodSides">one coarser grid per lower level of detail (LOD1, LOD2, ...)</param>
        public static AvatarDescriptor Avatar(int side, params int[] lodSides)
        {
            var lods = new System.Collections.Generic.List<FitMeMesh>();
            for (int i = 0; i < lodSides.Length; i++)
            {
                var lod = Grid(lodSides[i]);
                lod.Lod = (uint)(i + 1);
                lods.Add(lod);
            }
            var textures = new[]
            {
                Png(1, MapKind.Albedo, new Color(0.8f, 0.6f, 0.5f)),
                Png(2, MapKind.Normal, new Color(0.5f, 0.5f, 1f)),
                Png(3, MapKind.Specular, new Color(0.3f, 0.3f, 0.3f)),
            };
            return AvatarAssembler.Assemble("test", Grid(side), lods, textures, new JobCompleted { JobId = "test", Summary = new Summary() });
        }
    }
}
