using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Assets;
using FitMe.Client;
using FitMe.Protocol;
using FitMe.Unity;
using UnityEditor;
using UnityEngine;

namespace FitMe.Editor
{
    /// <summary>
    /// Window/FitMe/Avatar Generator: photos in, an avatar prefab under Assets/FitMe/&lt;name&gt;/ out.
    /// Everything slow runs on the daemon or on background threads; callbacks come back on the
    /// editor's main thread through its SynchronizationContext, so the editor never blocks.
    /// </summary>
    public sealed class AvatarGeneratorWindow : EditorWindow
    {
        private static readonly string[] ImageExtensions = { ".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic" };
        private static readonly int[] TextureSizes = { 256, 512, 1024, 2048, 4096 };
        private const string PendingJobKey = "FitMe.PendingJob";
        private const string UrlKey = "FitMe.Url";
        private const string TokenFileKey = "FitMe.TokenFile";

        [SerializeField] private List<string> photos = new List<string>();
        [SerializeField] private string avatarName = "avatar";
        [SerializeField] private string model = "";
        [SerializeField] private int textureSize = 1024;
        [SerializeField] private ReflectancePreset reflectancePreset = ReflectancePreset.Default;
        [SerializeField] private List<MapKind> maps = new List<MapKind> { MapKind.Albedo, MapKind.Specular, MapKind.Normal, MapKind.Roughness, MapKind.Confidence };
        [SerializeField] private bool livePreview = true;

        private FitMeSession session;
        private CancellationTokenSource cancellation;
        private LivePreview preview;
        private Welcome welcome;
        private bool busy;
        private string stage = "";
        private float fraction;
        private string status = "";
        private MessageType statusType = MessageType.None;
        private Vector2 scroll;

        [MenuItem("Window/FitMe/Avatar Generator")]
        public static void Open()
        {
            GetWindow<AvatarGeneratorWindow>("FitMe Avatar");
        }

        private void OnEnable()
        {
            AssemblyReloadEvents.beforeAssemblyReload += CloseConnection;
            // A job that was running when the domain reloaded keeps running in the daemon: fetch it.
            string pending = SessionState.GetString(PendingJobKey, "");
            if (pending.Length != 0 && !busy) EditorApplication.delayCall += () => Fetch(pending);
        }

        private void OnDisable()
        {
            AssemblyReloadEvents.beforeAssemblyReload -= CloseConnection;
            CloseConnection();
        }

        /// <summary>Closes the socket synchronously: no socket may outlive the scripting domain.</summary>
        private void CloseConnection()
        {
            if (session != null) session.Dispose();
            session = null;
            if (preview != null) preview.Dispose();
            preview = null;
        }

        private ConnectionSettings Settings()
        {
            var settings = new ConnectionSettings
            {
                Url = new Uri(EditorPrefs.GetString(UrlKey, DaemonLocation.DefaultUrl.ToString())),
                ClientName = "fitme-unity-editor",
                CallbackContext = SynchronizationContext.Current,
            };
            string token = EditorPrefs.GetString(TokenFileKey, "");
            if (token.Length != 0) settings.TokenFile = token;
            return settings;
        }

        private void OnGUI()
        {
            scroll = EditorGUILayout.BeginScrollView(scroll);
            PhotosGUI();
            EditorGUILayout.Space();
            OptionsGUI();
            EditorGUILayout.Space();
            DaemonGUI();
            EditorGUILayout.Space();
            GenerateGUI();
            EditorGUILayout.EndScrollView();
        }

        private void PhotosGUI()
        {
            EditorGUILayout.LabelField("Photos of one person", EditorStyles.boldLabel);
            var drop = GUILayoutUtility.GetRect(0, 48, GUILayout.ExpandWidth(true));
            GUI.Box(drop, photos.Count == 0 ? "Drop photos here (JPEG, PNG, ...)" : "Drop more photos here");
            HandleDrop(drop);
            for (int i = 0; i < photos.Count; i++)
            {
                EditorGUILayout.BeginHorizontal();
                EditorGUILayout.LabelField(Path.GetFileName(photos[i]), GUILayout.ExpandWidth(true));
                if (GUILayout.Button("Remove", GUILayout.Width(70))) photos.RemoveAt(i--);
                EditorGUILayout.EndHorizontal();
            }
            if (GUILayout.Button("Add photo..."))
            {
                string path = EditorUtility.OpenFilePanelWithFilters("Photo", "", new[] { "Images", "jpg,jpeg,png,webp,tif,tiff" });
                if (!string.IsNullOrEmpty(path)) photos.Add(path);
            }
        }

        private void HandleDrop(Rect area)
        {
            var e = Event.current;
            if ((e.type != EventType.DragUpdated && e.type != EventType.DragPerform) || !area.Contains(e.mousePosition)) return;
            var paths = DragAndDrop.paths.Select(Path.GetFullPath).Where(p => ImageExtensions.Contains(Path.GetExtension(p).ToLowerInvariant())).ToList();
            DragAndDrop.visualMode = paths.Count > 0 ? DragAndDropVisualMode.Copy : DragAndDropVisualMode.Rejected;
            if (e.type == EventType.DragPerform && paths.Count > 0)
            {
                DragAndDrop.AcceptDrag();
                photos.AddRange(paths.Where(p => !photos.Contains(p)));
            }
            e.Use();
        }

        private void OptionsGUI()
        {
            EditorGUILayout.LabelField("Options", EditorStyles.boldLabel);
            avatarName = EditorGUILayout.TextField("Avatar name", avatarName);
            if (welcome != null && welcome.Models.Count > 0)
            {
                var ids = welcome.Models.Select(m => m.Id).ToList();
                int index = Math.Max(0, ids.IndexOf(string.IsNullOrEmpty(model) ? welcome.DefaultModel : model));
                model = ids[EditorGUILayout.Popup("Model", index, ids.ToArray())];
            }
            else
            {
                model = EditorGUILayout.TextField(new GUIContent("Model", "Empty: the daemon's default. Check the connection to choose from a list."), model);
            }
            int sizeIndex = Math.Max(0, Array.IndexOf(TextureSizes, textureSize));
            textureSize = TextureSizes[EditorGUILayout.Popup("Texture size", sizeIndex, TextureSizes.Select(s => s + " x " + s).ToArray())];
            reflectancePreset = (ReflectancePreset)EditorGUILayout.EnumPopup(new GUIContent("Reflectance fit", "Fast: a quick look. Default: balanced. Quality: finer maps, about twice as long."), reflectancePreset);
            EditorGUILayout.LabelField("Maps");
            EditorGUI.indentLevel++;
            foreach (MapKind kind in new[] { MapKind.Albedo, MapKind.Specular, MapKind.Normal, MapKind.Roughness, MapKind.Confidence })
            {
                bool on = EditorGUILayout.Toggle(MapKindNames.FileStem(kind), maps.Contains(kind));
                if (on && !maps.Contains(kind)) maps.Add(kind);
                if (!on) maps.Remove(kind);
            }
            EditorGUI.indentLevel--;
            livePreview = EditorGUILayout.Toggle(new GUIContent("Live preview", "Show the fit converging, as an image here and as a mesh in the Scene view"), livePreview);
        }

        private void DaemonGUI()
        {
            EditorGUILayout.LabelField("Daemon", EditorStyles.boldLabel);
            EditorPrefs.SetString(UrlKey, EditorGUILayout.TextField("Address", EditorPrefs.GetString(UrlKey, DaemonLocation.DefaultUrl.ToString())));
            EditorPrefs.SetString(TokenFileKey, EditorGUILayout.TextField(new GUIContent("Token file", "Empty: " + DaemonLocation.DefaultTokenFile()), EditorPrefs.GetString(TokenFileKey, "")));
            DaemonLauncher.Command = EditorGUILayout.TextField("Start command", DaemonLauncher.Command);
            DaemonLauncher.Folder = EditorGUILayout.TextField(new GUIContent("Run in folder", "Empty: the Unity project folder"), DaemonLauncher.Folder);
            if (welcome != null) EditorGUILayout.LabelField("Connected", "fitme " + welcome.ServerVersion + ", backend " + welcome.Backend);
            EditorGUILayout.BeginHorizontal();
            using (new EditorGUI.DisabledScope(busy))
            {
                if (GUILayout.Button("Check connection")) CheckConnection(TimeSpan.Zero);
                if (GUILayout.Button("Start daemon")) StartDaemon();
            }
            EditorGUILayout.EndHorizontal();
        }

        private void GenerateGUI()
        {
            if (busy)
            {
                var bar = GUILayoutUtility.GetRect(0, 20, GUILayout.ExpandWidth(true));
                EditorGUI.ProgressBar(bar, fraction, stage);
                if (GUILayout.Button("Cancel") && cancellation != null) cancellation.Cancel();
            }
            else
            {
                using (new EditorGUI.DisabledScope(photos.Count == 0))
                    if (GUILayout.Button("Generate avatar", GUILayout.Height(32))) Generate();
                string pending = SessionState.GetString(PendingJobKey, "");
                if (pending.Length != 0 && GUILayout.Button("Fetch job " + pending + " again")) Fetch(pending);
            }
            if (status.Length != 0) EditorGUILayout.HelpBox(status, statusType);
            if (preview != null && preview.Image != null)
            {
                var rect = GUILayoutUtility.GetAspectRect((float)preview.Image.width / preview.Image.height, GUILayout.MaxHeight(320));
                GUI.DrawTexture(rect, preview.Image, ScaleMode.ScaleToFit);
            }
        }

        private async void CheckConnection(TimeSpan patience)
        {
            var until = DateTime.UtcNow + patience;
            while (true)
            {
                try
                {
                    using (var s = await FitMeSession.ConnectAsync(Settings()))
                        welcome = s.Welcome;
                    Report("Connected to the daemon at " + Settings().Url + ".", MessageType.Info);
                    return;
                }
                catch (FitMeException e)
                {
                    welcome = null;
                    if ((e.Kind != FailureKind.DaemonNotRunning && e.Kind != FailureKind.TokenMissing) || DateTime.UtcNow >= until)
                    {
                        Report(e.Message, MessageType.Error);
                        return;
                    }
                }
                await Task.Delay(1000);
            }
        }

        private void StartDaemon()
        {
            try
            {
                DaemonLauncher.Start();
                Report("Starting the daemon (`" + DaemonLauncher.Command + "`)...", MessageType.Info);
                CheckConnection(TimeSpan.FromSeconds(60));
            }
            catch (InvalidOperationException e)
            {
                Report(e.Message, MessageType.Error);
            }
        }

        private Options BuildOptions()
        {
            var options = new Options { Model = model ?? "", TextureSize = (uint)textureSize, ReflectancePreset = reflectancePreset, Preview = livePreview, PreviewVertices = livePreview };
            options.Maps.AddRange(maps);
            return options;
        }

        private void Generate()
        {
            var files = photos.ToList();
            Run(async (s, observer, token) =>
            {
                // Reading several large photos is left off the main thread.
                var data = await Task.Run(() => files.Select(p => new Photo { Data = new ArraySegment<byte>(File.ReadAllBytes(p)), Name = Path.GetFileName(p) }).ToList());
                return await s.GenerateAsync(data, BuildOptions(), observer, token);
            });
        }

        private void Fetch(string jobId)
        {
            Run((s, observer, token) => s.FetchAsync(jobId, false, observer, token));
        }

        private async void Run(Func<FitMeSession, JobObserver, CancellationToken, Task<AvatarResult>> job)
        {
            if (busy) return;
            busy = true;
            cancellation = new CancellationTokenSource();
            preview = livePreview ? new LivePreview(new TopologyCache(Path.Combine("Library", "FitMe", "topology"))) : null;
            Report("", MessageType.None);
            ShowProgress(FitMeStage.Unspecified, 0f, "Connecting");
            try
            {
                session = await FitMeSession.ConnectAsync(Settings(), cancellation.Token);
                welcome = session.Welcome;
                var observer = new JobObserver
                {
                    Accepted = a => SessionState.SetString(PendingJobKey, a.JobId),
                    Progress = p => ShowProgress(p.Stage, p.Fraction, p.Message),
                    Preview = p =>
                    {
                        if (preview != null) preview.Show(p);
                        Repaint();
                    },
                    Warning = w => Debug.LogWarning("FitMe: " + w.Message),
                    TextureStarted = t => ShowProgress(FitMeStage.Stream, fraction, "Receiving the " + MapKindNames.FileStem(t.Kind) + " map"),
                };
                var result = await job(session, observer, cancellation.Token);
                SessionState.EraseString(PendingJobKey);
                Save(result);
            }
            catch (OperationCanceledException)
            {
                SessionState.EraseString(PendingJobKey);
                Report("Cancelled.", MessageType.Info);
            }
            catch (FitMeException e)
            {
                // A lost connection leaves the job running in the daemon; "Fetch again" gets it.
                if (e.Kind != FailureKind.ConnectionLost) SessionState.EraseString(PendingJobKey);
                Report(e.Message, MessageType.Error);
            }
            catch (Exception e)
            {
                SessionState.EraseString(PendingJobKey);
                Debug.LogException(e);
                Report("Generating the avatar failed: " + e.Message, MessageType.Error);
            }
            finally
            {
                CloseConnection();
                cancellation.Dispose();
                cancellation = null;
                busy = false;
                Repaint();
            }
        }

        private void Save(AvatarResult result)
        {
            new TopologyCache(Path.Combine("Library", "FitMe", "topology")).Remember(result.Mesh);
            ShowProgress(FitMeStage.Export, 1f, "Saving assets");
            var built = FitMeAvatarBuilder.Build(result.Avatar, RenderPipelines.Current);
            try
            {
                var prefab = AvatarAssetWriter.Save(built, string.IsNullOrEmpty(avatarName) ? result.Avatar.Name : avatarName);
                var instance = (GameObject)PrefabUtility.InstantiatePrefab(prefab);
                Undo.RegisterCreatedObjectUndo(instance, "Generate FitMe avatar");
                Selection.activeObject = prefab;
                EditorGUIUtility.PingObject(prefab);
                var summary = result.Completed.Summary;
                Report("Saved " + AssetDatabase.GetAssetPath(prefab) + ": " + summary.VertexCount + " vertices, " + (built.Lods.Count > 0 ? 1 + built.Lods.Count + " levels of detail, " : "") + summary.TextureSize + "² maps, " + summary.ReflectancePreset + " reflectance, " + (summary.DurationMs / 1000).ToString("0.0") + " s." + (summary.Warnings.Count > 0 ? " Warnings: " + string.Join("; ", summary.Warnings) : ""), MessageType.Info);
            }
            finally
            {
                FitMeAvatarBuilder.Destroy(built);
            }
        }

        private void ShowProgress(FitMeStage s, float f, string message)
        {
            fraction = Mathf.Clamp01(f);
            stage = (s == FitMeStage.Unspecified ? "" : s + ": ") + message;
            Repaint();
        }

        private void Report(string message, MessageType type)
        {
            status = message;
            statusType = type;
            Repaint();
        }
    }
}
