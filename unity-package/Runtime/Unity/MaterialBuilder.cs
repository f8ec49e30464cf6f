using System;
using FitMe.Assets;
using UnityEngine;

namespace FitMe.Unity
{
    /// <summary>The textures a material uses, already packed the way the target pipeline's shader reads them.</summary>
    public sealed class MaterialMaps
    {
        public Texture2D BaseColor;
        public Texture2D Normal;
        /// <summary>Built-in/URP: RGB specular colour (F0, sRGB-encoded), A smoothness. HDRP: RGB specular strength × specularFactor (linear; the material's colour scales it to F0).</summary>
        public Texture2D Specular;
        /// <summary>HDRP only: mask map with smoothness in A (made when there is a roughness map).</summary>
        public Texture2D Mask;
        /// <summary>Maps made here (not decoded from the daemon's files), which the caller owns.</summary>
        public Texture2D[] Derived = new Texture2D[0];

        /// <summary>Packs the decoded maps of `d` for `pipeline`; `decoded` returns the texture of a descriptor.</summary>
        public static MaterialMaps For(MaterialDescriptor d, Func<TextureDescriptor, Texture2D> decoded, RenderPipelineKind pipeline)
        {
            var maps = new MaterialMaps
            {
                BaseColor = d.BaseColorTexture != null ? decoded(d.BaseColorTexture) : null,
                Normal = d.NormalTexture != null ? decoded(d.NormalTexture) : null,
            };
            var specular = d.SpecularTexture != null ? decoded(d.SpecularTexture) : null;
            var roughness = d.RoughnessTexture != null ? decoded(d.RoughnessTexture) : null;
            if (pipeline == RenderPipelineKind.HighDefinition)
            {
                if (specular != null) maps.Specular = TextureBuilder.ScaledSpecular(specular, d.SpecularFactor);
                if (roughness != null) maps.Mask = TextureBuilder.HdrpMask(roughness, d.Metallic);
                maps.Derived = new[] { maps.Specular, maps.Mask };
            }
            else
            {
                if (specular != null) maps.Specular = TextureBuilder.PackSpecularSmoothness(specular, roughness, MaterialBuilder.DielectricF0 * d.SpecularFactor);
                maps.Derived = new[] { maps.Specular };
            }
            maps.Derived = Array.FindAll(maps.Derived, t => t != null);
            return maps;
        }
    }

    /// <summary>
    /// One material per render pipeline with every map wired. Mapping (see Documentation~):
    /// albedo → base map (sRGB); the specular map is KHR_materials_specular strength s, so the
    /// specular colour is F0 = 0.04 × s × specularFactor (Standard (Specular setup) _SpecGlossMap,
    /// URP Lit specular workflow _SpecGlossMap, HDRP Lit _SpecularColorMap × _SpecularColor);
    /// smoothness = 1 - roughness; normal map (+Y green, as glTF and Unity) → bump map.
    /// </summary>
    public static class MaterialBuilder
    {
        /// <summary>F0 of a dielectric (ior 1.5) at specular strength 1, as KHR_materials_specular scales it.</summary>
        internal const float DielectricF0 = 0.04f;

        public static Material Create(MaterialDescriptor d, MaterialMaps maps, RenderPipelineKind pipeline)
        {
            switch (pipeline)
            {
                case RenderPipelineKind.Universal: return Universal(d, maps);
                case RenderPipelineKind.HighDefinition: return HighDefinition(d, maps);
                default: return BuiltIn(d, maps);
            }
        }

        private static Material BuiltIn(MaterialDescriptor d, MaterialMaps maps)
        {
            var m = new Material(FindShader("Standard (Specular setup)")) { name = d.Name };
            m.SetColor("_Color", BaseColor(d));
            if (maps.BaseColor != null) m.SetTexture("_MainTex", maps.BaseColor);
            SpecularSmoothness(m, d, maps, "_SpecGlossMap", "_SPECGLOSSMAP", "_Glossiness");
            if (maps.Normal != null)
            {
                m.SetTexture("_BumpMap", maps.Normal);
                m.SetFloat("_BumpScale", 1f);
                m.EnableKeyword("_NORMALMAP");
            }
            return m;
        }

        private static Material Universal(MaterialDescriptor d, MaterialMaps maps)
        {
            var m = new Material(FindShader("Universal Render Pipeline/Lit")) { name = d.Name };
            m.SetFloat("_WorkflowMode", 0f); // 0: specular workflow
            m.EnableKeyword("_SPECULAR_SETUP");
            m.SetColor("_BaseColor", BaseColor(d));
            if (maps.BaseColor != null) m.SetTexture("_BaseMap", maps.BaseColor);
            // URP reads smoothness from the specular map's alpha when _SmoothnessTextureChannel is 0.
            m.SetFloat("_SmoothnessTextureChannel", 0f);
            SpecularSmoothness(m, d, maps, "_SpecGlossMap", "_METALLICSPECGLOSSMAP", "_Smoothness");
            if (maps.Normal != null)
            {
                m.SetTexture("_BumpMap", maps.Normal);
                m.SetFloat("_BumpScale", 1f);
                m.EnableKeyword("_NORMALMAP");
            }
            return m;
        }

        /// <summary>Built-in and URP: smoothness = map alpha × scale; with no roughness map alpha is 1 and the scale is 1 - roughness.</summary>
        private static void SpecularSmoothness(Material m, MaterialDescriptor d, MaterialMaps maps, string mapProperty, string keyword, string smoothnessProperty)
        {
            bool roughnessInMap = maps.Specular != null && d.RoughnessTexture != null;
            float smoothness = roughnessInMap ? 1f : d.Smoothness;
            if (maps.Specular != null)
            {
                m.SetTexture(mapProperty, maps.Specular);
                m.EnableKeyword(keyword);
                m.SetColor("_SpecColor", Color.white);
            }
            else
            {
                m.SetColor("_SpecColor", Grey(DielectricF0 * d.SpecularFactor));
            }
            m.SetFloat(smoothnessProperty, smoothness);
            if (m.HasProperty("_GlossMapScale")) m.SetFloat("_GlossMapScale", smoothness);
        }

        private static Material HighDefinition(MaterialDescriptor d, MaterialMaps maps)
        {
            var m = new Material(FindShader("HDRP/Lit")) { name = d.Name };
            m.SetFloat("_MaterialID", 4f); // MaterialId.LitSpecular: specular colour parametrisation
            m.SetColor("_BaseColor", BaseColor(d));
            if (maps.BaseColor != null) m.SetTexture("_BaseColorMap", maps.BaseColor);
            if (maps.Specular != null)
            {
                // HDRP multiplies the map by _SpecularColor, so the map keeps s × specularFactor at full precision.
                m.SetTexture("_SpecularColorMap", maps.Specular);
                m.SetColor("_SpecularColor", Grey(DielectricF0));
            }
            else
            {
                m.SetColor("_SpecularColor", Grey(DielectricF0 * d.SpecularFactor));
            }
            if (maps.Mask != null)
            {
                m.SetTexture("_MaskMap", maps.Mask);
                m.SetFloat("_SmoothnessRemapMin", 0f);
                m.SetFloat("_SmoothnessRemapMax", 1f);
            }
            m.SetFloat("_Smoothness", d.Smoothness);
            if (maps.Normal != null)
            {
                m.SetTexture("_NormalMap", maps.Normal);
                m.SetFloat("_NormalScale", 1f);
            }
#if FITME_HDRP
            // Sets the keywords and passes matching the properties above (_MATERIAL_FEATURE_SPECULAR_COLOR, _NORMALMAP, ...).
            UnityEngine.Rendering.HighDefinition.HDMaterial.ValidateMaterial(m);
#endif
            return m;
        }

        /// <summary>Unity colour properties are gamma-space; the protocol's factor is linear.</summary>
        private static Color BaseColor(MaterialDescriptor d)
        {
            var f = d.BaseColorFactor;
            return new Color(f[0], f[1], f[2], f[3]).gamma;
        }

        private static Color Grey(float linear)
        {
            return new Color(linear, linear, linear, 1f).gamma;
        }

        private static Shader FindShader(string name)
        {
            var shader = Shader.Find(name);
            if (shader == null)
                throw new InvalidOperationException("FitMe: shader \"" + name + "\" is not in this build. In a player build, add it to Project Settings > Graphics > Always Included Shaders, or reference a material that uses it.");
            return shader;
        }
    }
}
