using UnityEngine;
using UnityEngine.Rendering;

namespace FitMe.Unity
{
    public enum RenderPipelineKind
    {
        BuiltIn,
        Universal,
        HighDefinition,
    }

    public static class RenderPipelines
    {
        /// <summary>The pipeline the project renders with now (quality level override included).</summary>
        public static RenderPipelineKind Current
        {
            get
            {
                var asset = GraphicsSettings.currentRenderPipeline;
                if (asset == null) return RenderPipelineKind.BuiltIn;
#if FITME_URP
                if (asset is UnityEngine.Rendering.Universal.UniversalRenderPipelineAsset) return RenderPipelineKind.Universal;
#endif
#if FITME_HDRP
                if (asset is UnityEngine.Rendering.HighDefinition.HDRenderPipelineAsset) return RenderPipelineKind.HighDefinition;
#endif
                Debug.LogWarning("FitMe: render pipeline " + asset.GetType().Name + " is neither URP nor HDRP; materials use the Built-in Standard (Specular setup) shader.");
                return RenderPipelineKind.BuiltIn;
            }
        }
    }
}
