using FitMe.Assets;
using FitMe.Client;
using UnityEngine;

namespace FitMe.Unity
{
    /// <summary>Texture2Ds from the daemon's PNG maps, with the colour space each map needs.</summary>
    public static class TextureBuilder
    {
        /// <summary>
        /// Decodes the PNG into a readable texture: sRGB for albedo, linear for data maps (specular,
        /// normal, roughness, confidence), so the GPU does not gamma-decode data.
        /// </summary>
        public static Texture2D Create(TextureDescriptor d)
        {
            // LoadImage replaces size and format; the colour space chosen here stays.
            var texture = new Texture2D(2, 2, TextureFormat.RGBA32, true, d.Linear)
            {
                name = d.Name,
                wrapMode = TextureWrapMode.Clamp,
            };
            if (!texture.LoadImage(d.Data, false))
            {
                UnityObjects.Destroy(texture);
                throw new FitMeException(FailureKind.CorruptData, "The " + d.Name + " map (" + d.Encoding + ", " + d.Data.Length + " bytes) could not be decoded by Unity.");
            }
            return texture;
        }

        /// <summary>
        /// Standard (Specular setup) and URP Lit read the specular colour (F0) from RGB and smoothness
        /// from alpha of one map, with no factor to scale the map: RGB = specular strength × `f0Scale`
        /// (0.04 × specularFactor), A = 1 - roughness (1 without a roughness map). Skin's F0 is small
        /// (about 0.03), so RGB is stored sRGB-encoded in an sRGB texture: about 30 steps below 0.04
        /// where a linear 8-bit map has 10. Alpha is never sRGB-decoded.
        /// </summary>
        public static Texture2D PackSpecularSmoothness(Texture2D specular, Texture2D roughness, float f0Scale)
        {
            var spec = specular.GetPixels();
            var packed = new Color[spec.Length];
            int w = specular.width, h = specular.height;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int i = y * w + x;
                    float smoothness = roughness != null ? 1f - Sample(roughness, x, y, w, h).r : 1f;
                    packed[i] = new Color(Mathf.LinearToGammaSpace(spec[i].r * f0Scale), Mathf.LinearToGammaSpace(spec[i].g * f0Scale), Mathf.LinearToGammaSpace(spec[i].b * f0Scale), smoothness);
                }
            }
            return Packed(specular.name + "-smoothness", w, h, packed, false);
        }

        /// <summary>HDRP's mask map: R metallic, G occlusion, B detail mask, A smoothness = 1 - roughness.</summary>
        public static Texture2D HdrpMask(Texture2D roughness, float metallic)
        {
            var r = roughness.GetPixels();
            var mask = new Color[r.Length];
            for (int i = 0; i < r.Length; i++) mask[i] = new Color(metallic, 1f, 0f, 1f - r[i].r);
            return Packed("mask", roughness.width, roughness.height, mask, true);
        }

        /// <summary>HDRP's specular colour map: RGB = specular × specularFactor.</summary>
        public static Texture2D ScaledSpecular(Texture2D specular, float specularFactor)
        {
            var spec = specular.GetPixels();
            for (int i = 0; i < spec.Length; i++) spec[i] = new Color(spec[i].r * specularFactor, spec[i].g * specularFactor, spec[i].b * specularFactor, 1f);
            return Packed(specular.name + "-scaled", specular.width, specular.height, spec, true);
        }

        private static Color Sample(Texture2D t, int x, int y, int w, int h)
        {
            return t.width == w && t.height == h ? t.GetPixel(x, y) : t.GetPixelBilinear((x + 0.5f) / w, (y + 0.5f) / h);
        }

        /// <summary>`pixels` are stored as given (SetPixels converts no colour space); `linear` says how the GPU samples them.</summary>
        private static Texture2D Packed(string name, int w, int h, Color[] pixels, bool linear)
        {
            var t = new Texture2D(w, h, TextureFormat.RGBA32, true, linear) { name = name, wrapMode = TextureWrapMode.Clamp };
            t.SetPixels(pixels);
            t.Apply(true, false);
            return t;
        }
    }
}
