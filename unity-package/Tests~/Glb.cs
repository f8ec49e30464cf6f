using System;
using System.IO;
using System.Text;

namespace FitMe.Tests
{
    /// <summary>Reads accessors of a binary glTF (.glb) file: just enough to compare a mesh with the daemon's.</summary>
    internal sealed class Glb
    {
        public readonly Json Gltf;
        private readonly byte[] bin;

        public Glb(string path)
        {
            byte[] file = File.ReadAllBytes(path);
            Check.Equal(0x46546C67u, BitConverter.ToUInt32(file, 0), "glb magic");
            Check.Equal(2u, BitConverter.ToUInt32(file, 4), "glb version");
            int jsonLength = BitConverter.ToInt32(file, 12);
            Check.Equal(0x4E4F534Au, BitConverter.ToUInt32(file, 16), "first chunk is JSON");
            Gltf = Json.Parse(Encoding.UTF8.GetString(file, 20, jsonLength));
            int binHeader = 20 + jsonLength;
            int binLength = BitConverter.ToInt32(file, binHeader);
            Check.Equal(0x004E4942u, BitConverter.ToUInt32(file, binHeader + 4), "second chunk is BIN");
            bin = new byte[binLength];
            Buffer.BlockCopy(file, binHeader + 8, bin, 0, binLength);
        }

        public Json Primitive(int mesh, int primitive)
        {
            return Gltf["meshes"].Items[mesh]["primitives"].Items[primitive];
        }

        /// <summary>A float accessor (VEC2/VEC3/VEC4, not normalized), flattened; sparse ones (and ones without data: zeros) included.</summary>
        public float[] Floats(int accessor)
        {
            var a = Gltf["accessors"].Items[accessor];
            Check.Equal(5126.0, a["componentType"].AsNumber, "accessor " + accessor + " component type (FLOAT)");
            int components = Components(a["type"].AsString);
            int count = (int)a["count"].AsNumber;
            var result = new float[count * components];
            if (a.Has("bufferView"))
            {
                int stride;
                int start = Start(a, components * 4, out stride);
                for (int i = 0; i < count; i++)
                    for (int c = 0; c < components; c++)
                        result[i * components + c] = BitConverter.ToSingle(bin, start + i * stride + c * 4);
            }
            if (!a.Has("sparse")) return result;
            var sparse = a["sparse"];
            var where = Elements(sparse["indices"], (int)sparse["indices"]["componentType"].AsNumber, (int)sparse["count"].AsNumber);
            int values = ViewStart(sparse["values"]);
            for (int k = 0; k < where.Length; k++)
                for (int c = 0; c < components; c++)
                    result[where[k] * components + c] = BitConverter.ToSingle(bin, values + (k * components + c) * 4);
            return result;
        }

        private uint[] Elements(Json at, int type, int count)
        {
            int size = type == 5125 ? 4 : type == 5123 ? 2 : 1;
            int start = ViewStart(at);
            var result = new uint[count];
            for (int i = 0; i < count; i++)
            {
                int o = start + i * size;
                result[i] = size == 4 ? BitConverter.ToUInt32(bin, o) : size == 2 ? BitConverter.ToUInt16(bin, o) : bin[o];
            }
            return result;
        }

        /// <summary>Where a sparse accessor's indices or values start: their buffer view's offset plus their own.</summary>
        private int ViewStart(Json at)
        {
            var view = Gltf["bufferViews"].Items[(int)at["bufferView"].AsNumber];
            return (view.Has("byteOffset") ? (int)view["byteOffset"].AsNumber : 0) + (at.Has("byteOffset") ? (int)at["byteOffset"].AsNumber : 0);
        }

        public uint[] Indices(int accessor)
        {
            var a = Gltf["accessors"].Items[accessor];
            int type = (int)a["componentType"].AsNumber;
            int size = type == 5125 ? 4 : type == 5123 ? 2 : 1;
            int count = (int)a["count"].AsNumber;
            int stride;
            int start = Start(a, size, out stride);
            var result = new uint[count];
            for (int i = 0; i < count; i++)
            {
                int at = start + i * stride;
                result[i] = size == 4 ? BitConverter.ToUInt32(bin, at) : size == 2 ? BitConverter.ToUInt16(bin, at) : bin[at];
            }
            return result;
        }

        private int Start(Json accessor, int elementSize, out int stride)
        {
            var view = Gltf["bufferViews"].Items[(int)accessor["bufferView"].AsNumber];
            stride = view.Has("byteStride") ? (int)view["byteStride"].AsNumber : elementSize;
            return (view.Has("byteOffset") ? (int)view["byteOffset"].AsNumber : 0) + (accessor.Has("byteOffset") ? (int)accessor["byteOffset"].AsNumber : 0);
        }

        private static int Components(string type)
        {
            switch (type)
            {
                case "SCALAR": return 1;
                case "VEC2": return 2;
                case "VEC3": return 3;
                case "VEC4": return 4;
                default: throw new AssertionFailed("unexpected accessor type " + type);
            }
        }
    }
}
