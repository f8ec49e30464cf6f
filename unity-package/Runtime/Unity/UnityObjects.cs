using UnityEngine;

namespace FitMe.Unity
{
    public static class UnityObjects
    {
        /// <summary>Destroy in play mode, DestroyImmediate in edit mode (where Destroy is not allowed).</summary>
        public static void Destroy(Object o)
        {
            if (o == null) return;
            if (Application.isPlaying) Object.Destroy(o);
            else Object.DestroyImmediate(o);
        }
    }
}
