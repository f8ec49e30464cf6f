// Declaration-only surface of the Universal Render Pipeline (com.unity.render-pipelines.universal 14,
// assembly Unity.RenderPipelines.Universal.Runtime) members the glue uses under FITME_URP, from the
// package's API reference (docs.unity3d.com/Packages/com.unity.render-pipelines.universal@14.0/api).
namespace UnityEngine.Rendering.Universal
{
    public class UniversalRenderPipelineAsset : RenderPipelineAsset
    {
    }
}
