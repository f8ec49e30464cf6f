using System.Collections.Generic;
using FitMe.Protocol;

namespace FitMe.Assets
{
    /// <summary>
    /// An avatar as plain data in Unity's conventions (left-handed, clockwise front faces, UV origin
    /// bottom-left), ready to become a Mesh, Texture2Ds and Materials without further conversion.
    /// </summary>
    public sealed class AvatarDescriptor
    {
        public string JobId;
        public string Name;
        /// <summary>LOD0, the full-detail mesh.</summary>
        public MeshDescriptor Mesh;
        /// <summary>
        /// Lower levels of detail (LOD1, LOD2, ...), empty when the model has none. Each has LOD0's
        /// submesh materials and blendshape names (<see cref="LevelsOfDetail"/>).
        /// </summary>
        public List<MeshDescriptor> Lods = new List<MeshDescriptor>();
        /// <summary>One per submesh material index.</summary>
        public List<MaterialDescriptor> Materials = new List<MaterialDescriptor>();
        public List<TextureDescriptor> Textures = new List<TextureDescriptor>();
        /// <summary>The daemon's summary, cameras and lighting.</summary>
        public JobCompleted Completed;
    }

    /// <summary>Every primitive of the protocol's Mesh merged into one vertex list with a submesh each.</summary>
    public sealed class MeshDescriptor
    {
        /// <summary>"avatar" for LOD0 alone; with levels of detail each level's mesh is "avatar_LOD0", "avatar_LOD1", ... (glTF importers' naming).</summary>
        public string Name;
        public int VertexCount;
        /// <summary>xyz per vertex, metres.</summary>
        public float[] Positions;
        /// <summary>xyz per vertex; null when the daemon sent none (recalculate them).</summary>
        public float[] Normals;
        /// <summary>xyzw per vertex, w = bitangent sign as Unity reads it; null when absent.</summary>
        public float[] Tangents;
        /// <summary>uv per vertex, origin bottom-left; null when absent.</summary>
        public float[] Uvs;
        public List<FitMeSubMeshDescriptor> SubMeshes = new List<FitMeSubMeshDescriptor>();
        public List<BlendShapeDescriptor> BlendShapes = new List<BlendShapeDescriptor>();

        /// <summary>16-bit index buffers address at most 65,535 vertices.</summary>
        public bool NeedsUInt32Indices
        {
            get { return VertexCount > 65535; }
        }
    }

    public sealed class FitMeSubMeshDescriptor
    {
        /// <summary>Triangles, clockwise seen from the front (Unity's winding).</summary>
        public int[] Triangles;
        public int Material;
    }

    public sealed class BlendShapeDescriptor
    {
        public string Name;
        /// <summary>xyz per vertex of the merged mesh.</summary>
        public float[] DeltaPositions;
        /// <summary>xyz per vertex, or null.</summary>
        public float[] DeltaNormals;
    }

    public sealed class MaterialDescriptor
    {
        public string Name;
        /// <summary>Linear RGBA (convert to gamma for Unity colour properties).</summary>
        public float[] BaseColorFactor;
        public float Metallic;
        public float Roughness;
        /// <summary>KHR_materials_specular specularFactor.</summary>
        public float SpecularFactor;
        public TextureDescriptor BaseColorTexture;
        public TextureDescriptor NormalTexture;
        public TextureDescriptor SpecularTexture;
        public TextureDescriptor RoughnessTexture;

        /// <summary>Unity's smoothness is perceptual 1 - roughness.</summary>
        public float Smoothness
        {
            get { return 1f - Roughness; }
        }
    }

    public sealed class TextureDescriptor
    {
        public uint TextureId;
        public MapKind Kind;
        public int Width;
        public int Height;
        /// <summary>MIME type of <see cref="Data"/>, "image/png".</summary>
        public string Encoding;
        /// <summary>Linear data (specular, normal, roughness, confidence) must bypass sRGB decoding.</summary>
        public bool Linear;
        public bool IsNormalMap;
        public int Channels;
        public int BitDepth;
        /// <summary>The encoded image file, verified against the daemon's CRC-32 and SHA-256.</summary>
        public byte[] Data;

        /// <summary>"albedo", "specular", "normal", ... as the daemon names the files.</summary>
        public string Name
        {
            get { return MapKindNames.FileStem(Kind); }
        }
    }

    public static class MapKindNames
    {
        public static string FileStem(MapKind kind)
        {
            switch (kind)
            {
                case MapKind.Albedo: return "albedo";
                case MapKind.Specular: return "specular";
                case MapKind.Normal: return "normal";
                case MapKind.Roughness: return "roughness";
                case MapKind.Confidence: return "confidence";
                default: return "map" + (int)kind;
            }
        }

        /// <summary>Albedo is the only colour map; everything else stores data.</summary>
        public static bool IsLinear(MapKind kind, FitMeColorSpace declared)
        {
            if (declared == FitMeColorSpace.Srgb) return false;
            if (declared == FitMeColorSpace.Linear) return true;
            return kind != MapKind.Albedo;
        }
    }
}
