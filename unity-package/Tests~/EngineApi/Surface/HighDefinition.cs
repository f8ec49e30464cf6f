// Declaration-only surface of the High Definition Render Pipeline (com.unity.render-pipelines.high-definition
// 14, assembly Unity.RenderPipelines.HighDefinition.Runtime) members the glue uses under FITME_HDRP, from the
// package's API reference (docs.unity3d.com/Packages/com.unity.render-pipelines.high-definition@14.0/api).
namespace UnityEngine.Rendering.HighDefinition
{
    public partial class HDRenderPipelineAsset : RenderPipelineAsset
    {
    }

    public static class HDMaterial
    {
        /// <returns>False if the material doesn't have an HDRP Shader.</returns>
        public static bool ValidateMaterial(Material material) { throw new System.NotSupportedException("declaration-only Unity API surface"); }
    }
}
