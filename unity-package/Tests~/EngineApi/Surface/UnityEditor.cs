// Declaration-only surface of the UnityEditor members the package's Editor code and editor tests call,
// written from Unity 2022.3's public scripting reference (docs.unity3d.com/2022.3/Documentation/ScriptReference).
// Signatures only; every body throws.
using System;
using UnityEngine;

namespace UnityEditor
{
    internal static class Surface
    {
        public static Exception Only() { return new NotSupportedException("declaration-only Unity API surface"); }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class MenuItem : Attribute
    {
        public MenuItem(string itemName) { throw Surface.Only(); }
        public MenuItem(string itemName, bool isValidateFunction) { throw Surface.Only(); }
        public MenuItem(string itemName, bool isValidateFunction, int priority) { throw Surface.Only(); }
    }

    public class EditorWindow : ScriptableObject
    {
        public string title { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public GUIContent titleContent { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Rect position { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static T GetWindow<T>() where T : EditorWindow { throw Surface.Only(); }
        public static T GetWindow<T>(string title) where T : EditorWindow { throw Surface.Only(); }
        public static T GetWindow<T>(string title, bool focus) where T : EditorWindow { throw Surface.Only(); }
        public void Repaint() { throw Surface.Only(); }
        public void Show() { throw Surface.Only(); }
        public void Close() { throw Surface.Only(); }
        public void Focus() { throw Surface.Only(); }
    }

    public class SearchableEditorWindow : EditorWindow
    {
    }

    public class SceneView : SearchableEditorWindow
    {
        public static SceneView lastActiveSceneView { get { throw Surface.Only(); } }
        public static void RepaintAll() { throw Surface.Only(); }
        public void Frame(Bounds bounds) { throw Surface.Only(); }
        public bool Frame(Bounds bounds, bool instant) { throw Surface.Only(); }
    }

    public static class AssemblyReloadEvents
    {
        public delegate void AssemblyReloadCallback();
        public static event AssemblyReloadCallback beforeAssemblyReload { add { throw Surface.Only(); } remove { throw Surface.Only(); } }
        public static event AssemblyReloadCallback afterAssemblyReload { add { throw Surface.Only(); } remove { throw Surface.Only(); } }
    }

    public sealed class EditorApplication
    {
        public delegate void CallbackFunction();
        public static CallbackFunction delayCall;
        public static CallbackFunction update;
        public static bool isPlaying { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static bool isCompiling { get { throw Surface.Only(); } }
    }

    public class SessionState
    {
        public static string GetString(string key, string defaultValue) { throw Surface.Only(); }
        public static void SetString(string key, string value) { throw Surface.Only(); }
        public static void EraseString(string key) { throw Surface.Only(); }
        public static int GetInt(string key, int defaultValue) { throw Surface.Only(); }
        public static void SetInt(string key, int value) { throw Surface.Only(); }
        public static bool GetBool(string key, bool defaultValue) { throw Surface.Only(); }
        public static void SetBool(string key, bool value) { throw Surface.Only(); }
    }

    public class EditorPrefs
    {
        public static string GetString(string key) { throw Surface.Only(); }
        public static string GetString(string key, string defaultValue) { throw Surface.Only(); }
        public static void SetString(string key, string value) { throw Surface.Only(); }
        public static int GetInt(string key, int defaultValue) { throw Surface.Only(); }
        public static void SetInt(string key, int value) { throw Surface.Only(); }
        public static bool GetBool(string key, bool defaultValue) { throw Surface.Only(); }
        public static void SetBool(string key, bool value) { throw Surface.Only(); }
        public static bool HasKey(string key) { throw Surface.Only(); }
        public static void DeleteKey(string key) { throw Surface.Only(); }
    }

    public enum MessageType
    {
        None = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }

    public sealed class EditorStyles
    {
        public static GUIStyle label { get { throw Surface.Only(); } }
        public static GUIStyle boldLabel { get { throw Surface.Only(); } }
        public static GUIStyle miniLabel { get { throw Surface.Only(); } }
        public static GUIStyle helpBox { get { throw Surface.Only(); } }
        public static GUIStyle wordWrappedLabel { get { throw Surface.Only(); } }
    }

    public sealed class EditorGUI
    {
        public static int indentLevel { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static void ProgressBar(Rect position, float value, string text) { throw Surface.Only(); }

        public struct DisabledScope : IDisposable
        {
            public DisabledScope(bool disabled) { throw Surface.Only(); }
            public void Dispose() { throw Surface.Only(); }
        }
    }

    public sealed class EditorGUILayout
    {
        public static Vector2 BeginScrollView(Vector2 scrollPosition, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void EndScrollView() { throw Surface.Only(); }
        public static Rect BeginHorizontal(params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void EndHorizontal() { throw Surface.Only(); }
        public static Rect BeginVertical(params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void EndVertical() { throw Surface.Only(); }
        public static void Space() { throw Surface.Only(); }
        public static void Space(float width) { throw Surface.Only(); }
        public static void LabelField(string label, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void LabelField(string label, GUIStyle style, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void LabelField(GUIContent label, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void LabelField(string label, string label2, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void LabelField(string label, string label2, GUIStyle style, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static string TextField(string text, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static string TextField(string label, string text, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static string TextField(GUIContent label, string text, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static int IntField(string label, int value, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static int Popup(int selectedIndex, string[] displayedOptions, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static int Popup(string label, int selectedIndex, string[] displayedOptions, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static int Popup(GUIContent label, int selectedIndex, GUIContent[] displayedOptions, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static Enum EnumPopup(Enum selected, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static Enum EnumPopup(string label, Enum selected, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static Enum EnumPopup(GUIContent label, Enum selected, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static bool Toggle(bool value, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static bool Toggle(string label, bool value, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static bool Toggle(GUIContent label, bool value, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void HelpBox(string message, MessageType type) { throw Surface.Only(); }
        public static void HelpBox(string message, MessageType type, bool wide) { throw Surface.Only(); }
    }

    public sealed class EditorGUIUtility
    {
        public static void PingObject(UnityEngine.Object obj) { throw Surface.Only(); }
        public static void PingObject(int targetInstanceID) { throw Surface.Only(); }
    }

    public sealed class EditorUtility
    {
        public static string OpenFilePanel(string title, string directory, string extension) { throw Surface.Only(); }
        public static string OpenFilePanelWithFilters(string title, string directory, string[] filters) { throw Surface.Only(); }
        public static void SetDirty(UnityEngine.Object target) { throw Surface.Only(); }
        public static void DisplayProgressBar(string title, string info, float progress) { throw Surface.Only(); }
        public static void ClearProgressBar() { throw Surface.Only(); }
    }

    public enum DragAndDropVisualMode
    {
        None = 0,
        Copy = 1,
        Link = 2,
        Generic = 4,
        Move = 16,
        Rejected = 32,
    }

    public class DragAndDrop
    {
        public static string[] paths { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static UnityEngine.Object[] objectReferences { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static DragAndDropVisualMode visualMode { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static void AcceptDrag() { throw Surface.Only(); }
    }

    public sealed class Selection
    {
        public static UnityEngine.Object activeObject { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static GameObject activeGameObject { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public class Undo
    {
        public static void RegisterCreatedObjectUndo(UnityEngine.Object objectToUndo, string name) { throw Surface.Only(); }
        public static void RecordObject(UnityEngine.Object objectToUndo, string name) { throw Surface.Only(); }
    }

    public sealed class PrefabUtility
    {
        public static GameObject SaveAsPrefabAsset(GameObject instanceRoot, string assetPath) { throw Surface.Only(); }
        public static GameObject SaveAsPrefabAsset(GameObject instanceRoot, string assetPath, out bool success) { throw Surface.Only(); }
        public static UnityEngine.Object InstantiatePrefab(UnityEngine.Object assetComponentOrGameObject) { throw Surface.Only(); }
        public static UnityEngine.Object InstantiatePrefab(UnityEngine.Object assetComponentOrGameObject, Transform parent) { throw Surface.Only(); }
    }

    [Flags]
    public enum ImportAssetOptions
    {
        Default = 0,
        ForceUpdate = 1,
        ForceSynchronousImport = 8,
        ImportRecursive = 256,
        DontDownloadFromCacheServer = 8192,
        ForceUncompressedImport = 16384,
    }

    public sealed class AssetDatabase
    {
        public static bool Contains(UnityEngine.Object obj) { throw Surface.Only(); }
        public static bool Contains(int instanceID) { throw Surface.Only(); }
        public static string CreateFolder(string parentFolder, string newFolderName) { throw Surface.Only(); }
        public static bool IsValidFolder(string path) { throw Surface.Only(); }
        public static void CreateAsset(UnityEngine.Object asset, string path) { throw Surface.Only(); }
        public static void AddObjectToAsset(UnityEngine.Object objectToAdd, string path) { throw Surface.Only(); }
        public static string GetAssetPath(UnityEngine.Object assetObject) { throw Surface.Only(); }
        public static string GetAssetPath(int instanceID) { throw Surface.Only(); }
        public static string GenerateUniqueAssetPath(string path) { throw Surface.Only(); }
        public static void ImportAsset(string path) { throw Surface.Only(); }
        public static void ImportAsset(string path, ImportAssetOptions options) { throw Surface.Only(); }
        public static T LoadAssetAtPath<T>(string assetPath) where T : UnityEngine.Object { throw Surface.Only(); }
        public static UnityEngine.Object LoadAssetAtPath(string assetPath, Type type) { throw Surface.Only(); }
        public static bool DeleteAsset(string path) { throw Surface.Only(); }
        public static void SaveAssets() { throw Surface.Only(); }
        public static void Refresh() { throw Surface.Only(); }
    }

    public class AssetImporter : UnityEngine.Object
    {
        public string assetPath { get { throw Surface.Only(); } }
        public static AssetImporter GetAtPath(string path) { throw Surface.Only(); }
        public void SaveAndReimport() { throw Surface.Only(); }
    }

    public enum TextureImporterType
    {
        Default = 0,
        NormalMap = 1,
        GUI = 2,
        Sprite = 8,
        Cursor = 7,
        Cookie = 4,
        Lightmap = 6,
        DirectionalLightmap = 11,
        Shadowmask = 12,
        SingleChannel = 10,
    }

    public sealed class TextureImporter : AssetImporter
    {
        public TextureImporterType textureType { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public bool sRGBTexture { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public TextureWrapMode wrapMode { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public bool mipmapEnabled { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int maxTextureSize { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public bool isReadable { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }
}
