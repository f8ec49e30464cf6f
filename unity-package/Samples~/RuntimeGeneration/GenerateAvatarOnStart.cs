using System;
using System.Threading;
using FitMe.Client;
using FitMe.Protocol;
using FitMe.Unity;
using UnityEngine;

namespace FitMe.Samples
{
    /// <summary>
    /// Generates an avatar when play mode starts, from the photo files listed in the Inspector, and
    /// parents it under this GameObject. The daemon must be running (`npx fitme serve`).
    /// </summary>
    public sealed class GenerateAvatarOnStart : MonoBehaviour
    {
        [Tooltip("Absolute paths of photos of one person (JPEG, PNG, ...)")]
        public string[] photoPaths = new string[0];

        [Range(256, 4096)]
        public int textureSize = 1024;

        [Tooltip("Fast: a quick look. Default: balanced. Quality: finer maps, about twice as long.")]
        public ReflectancePreset reflectancePreset = ReflectancePreset.Default;

        private readonly CancellationTokenSource cancellation = new CancellationTokenSource();
        private string status = "";

        private async void Start()
        {
            var progress = new Progress<FitMeProgress>(p => status = p.Stage + " " + Mathf.RoundToInt(p.Fraction * 100) + "%: " + p.Message);
            try
            {
                var avatar = await FitMeClient.GenerateAsync(photoPaths, new Options { TextureSize = (uint)textureSize, ReflectancePreset = reflectancePreset }, progress, cancellation.Token);
                avatar.transform.SetParent(transform, false);
                status = "Done: " + avatar.name;
            }
            catch (OperationCanceledException)
            {
                status = "Cancelled";
            }
            catch (FitMeException e)
            {
                status = e.Message;
                Debug.LogError(e.Message);
            }
        }

        private void OnDestroy()
        {
            cancellation.Cancel();
        }

        private void OnGUI()
        {
            GUILayout.Label(status);
        }
    }
}
