using FitMe.Assets;
using FitMe.Protocol;
using FitMe.Unity;
using NUnit.Framework;
using UnityEngine;

namespace FitMe.Tests
{
    public class MaterialAndTextureTests
    {
        [Test]
        public void AlbedoIsSrgbAndDataMapsAreLinear()
        {
            var albedo = TextureBuilder.Create(Fixtures.Png(1, MapKind.Albedo, Color.red));
            var normal = TextureBuilder.Create(Fixtures.Png(2, MapKind.Normal, new Color(0.5f, 0.5f, 1f)));
            try
            {
                Assert.IsTrue(albedo.isDataSRGB);
                Assert.IsFalse(normal.isDataSRGB);
                Assert.AreEqual(8, albedo.width);
            }
            finally
            {
                Object.DestroyImmediate(albedo);
                Object.DestroyImmediate(normal);
            }
        }

        [Test]
        public void EveryMapIsWiredForTheCurrentPipeline()
        {
            var built = FitMeAvatarBuilder.Build(Fixtures.Avatar(4), RenderPipelines.Current);
            try
            {
                var m = built.Materials[0];
                var albedo = built.Textures[1];
                var normal = built.Textures[2];
                switch (RenderPipelines.Current)
                {
                    case RenderPipelineKind.BuiltIn:
                        Assert.AreEqual("Standard (Specular setup)", m.shader.name);
                        Assert.AreSame(albedo, m.GetTexture("_MainTex"));
                        Assert.AreSame(normal, m.GetTexture("_BumpMap"));
                        Assert.IsNotNull(m.GetTexture("_SpecGlossMap"));
                        Assert.IsTrue(m.IsKeywordEnabled("_NORMALMAP") && m.IsKeywordEnabled("_SPECGLOSSMAP"));
                        Assert.AreEqual(0.6f, m.GetFloat("_GlossMapScale"), 1e-6f);
                        break;
                    case RenderPipelineKind.Universal:
                        Assert.AreEqual("Universal Render Pipeline/Lit", m.shader.name);
                        Assert.AreEqual(0f, m.GetFloat("_WorkflowMode"));
                        Assert.AreSame(albedo, m.GetTexture("_BaseMap"));
                        Assert.AreSame(normal, m.GetTexture("_BumpMap"));
                        Assert.IsNotNull(m.GetTexture("_SpecGlossMap"));
                        Assert.AreEqual(0.6f, m.GetFloat("_Smoothness"), 1e-6f);
                        break;
                    case RenderPipelineKind.HighDefinition:
                        Assert.AreEqual("HDRP/Lit", m.shader.name);
                        Assert.AreEqual(4f, m.GetFloat("_MaterialID"));
                        Assert.AreSame(albedo, m.GetTexture("_BaseColorMap"));
                        Assert.AreSame(normal, m.GetTexture("_NormalMap"));
                        Assert.IsNotNull(m.GetTexture("_SpecularColorMap"));
                        Assert.AreEqual(0.6f, m.GetFloat("_Smoothness"), 1e-6f);
                        break;
                }
                Assert.IsNotNull(built.Root.GetComponent<SkinnedMeshRenderer>(), "blendshapes need a SkinnedMeshRenderer");
            }
            finally
            {
                FitMeAvatarBuilder.Destroy(built);
            }
        }

        [Test]
        public void SpecularMapCarriesSmoothnessInAlpha()
        {
            var spec = TextureBuilder.Create(Fixtures.Png(3, MapKind.Specular, new Color(0.2f, 0.2f, 0.2f)));
            var rough = TextureBuilder.Create(Fixtures.Png(4, MapKind.Roughness, new Color(0.25f, 0.25f, 0.25f)));
            var packed = TextureBuilder.PackSpecularSmoothness(spec, rough, 0.04f);
            try
            {
                // F0 = 0.2 × 0.04, stored sRGB-encoded (GetPixel returns the stored values).
                Assert.IsTrue(packed.isDataSRGB);
                var c = packed.GetPixel(3, 3);
                Assert.AreEqual(0.008f, Mathf.GammaToLinearSpace(c.r), 0.001f);
                Assert.AreEqual(0.75f, c.a, 0.01f);
            }
            finally
            {
                Object.DestroyImmediate(spec);
                Object.DestroyImmediate(rough);
                Object.DestroyImmediate(packed);
            }
        }
    }
}
