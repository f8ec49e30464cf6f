// Declaration-only surface of the UnityEngine members the package's glue calls, written from
// Unity 2022.3's public scripting reference (docs.unity3d.com/2022.3/Documentation/ScriptReference).
// Signatures only: nothing here runs; every body throws. A member the glue needs and this file
// lacks fails the compile check; add it here with the reference's exact signature, never a guess.
// Enum values are the reference's; only the members the glue (or a likely caller) names are listed.
using System;
using System.Collections;
using System.Collections.Generic;

namespace UnityEngine
{
    internal static class Surface
    {
        public static Exception Only() { return new NotSupportedException("declaration-only Unity API surface"); }
    }

    [Flags]
    public enum HideFlags
    {
        None = 0,
        HideInHierarchy = 1,
        HideInInspector = 2,
        DontSaveInEditor = 4,
        NotEditable = 8,
        DontSaveInBuild = 16,
        DontUnloadUnusedAsset = 32,
        DontSave = 52,
        HideAndDontSave = 61,
    }

    public class Object
    {
        public string name { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public HideFlags hideFlags { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int GetInstanceID() { throw Surface.Only(); }
        public static void Destroy(Object obj) { throw Surface.Only(); }
        public static void Destroy(Object obj, float t) { throw Surface.Only(); }
        public static void DestroyImmediate(Object obj) { throw Surface.Only(); }
        public static void DestroyImmediate(Object obj, bool allowDestroyingAssets) { throw Surface.Only(); }
        public static void DontDestroyOnLoad(Object target) { throw Surface.Only(); }
        public static Object Instantiate(Object original) { throw Surface.Only(); }
        public static T Instantiate<T>(T original) where T : Object { throw Surface.Only(); }
        public static bool operator ==(Object x, Object y) { throw Surface.Only(); }
        public static bool operator !=(Object x, Object y) { throw Surface.Only(); }
        public static implicit operator bool(Object exists) { throw Surface.Only(); }
        public override bool Equals(object other) { throw Surface.Only(); }
        public override int GetHashCode() { throw Surface.Only(); }
    }

    public class ScriptableObject : Object
    {
        public static T CreateInstance<T>() where T : ScriptableObject { throw Surface.Only(); }
    }

    public class Component : Object
    {
        public Transform transform { get { throw Surface.Only(); } }
        public GameObject gameObject { get { throw Surface.Only(); } }
        public T GetComponent<T>() { throw Surface.Only(); }
        public T[] GetComponentsInChildren<T>() { throw Surface.Only(); }
        public T[] GetComponentsInChildren<T>(bool includeInactive) { throw Surface.Only(); }
    }

    public class Behaviour : Component
    {
        public bool enabled { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public class MonoBehaviour : Behaviour
    {
    }

    public class Transform : Component, IEnumerable
    {
        public Transform parent { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector3 localPosition { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public void SetParent(Transform p) { throw Surface.Only(); }
        public void SetParent(Transform parent, bool worldPositionStays) { throw Surface.Only(); }
        public IEnumerator GetEnumerator() { throw Surface.Only(); }
    }

    public sealed class GameObject : Object
    {
        public GameObject() { throw Surface.Only(); }
        public GameObject(string name) { throw Surface.Only(); }
        public GameObject(string name, params Type[] components) { throw Surface.Only(); }
        public Transform transform { get { throw Surface.Only(); } }
        public GameObject gameObject { get { throw Surface.Only(); } }
        public T AddComponent<T>() where T : Component { throw Surface.Only(); }
        public T GetComponent<T>() { throw Surface.Only(); }
        public T[] GetComponentsInChildren<T>() { throw Surface.Only(); }
        public T[] GetComponentsInChildren<T>(bool includeInactive) { throw Surface.Only(); }
        public void SetActive(bool value) { throw Surface.Only(); }
    }

    public class Renderer : Component
    {
        public Bounds bounds { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Material sharedMaterial { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Material[] sharedMaterials { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Material material { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Material[] materials { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public class MeshRenderer : Renderer
    {
    }

    public class SkinnedMeshRenderer : Renderer
    {
        public Mesh sharedMesh { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Bounds localBounds { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public float GetBlendShapeWeight(int index) { throw Surface.Only(); }
        public void SetBlendShapeWeight(int index, float value) { throw Surface.Only(); }
    }

    public sealed class MeshFilter : Component
    {
        public Mesh sharedMesh { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Mesh mesh { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public struct LOD
    {
        public float screenRelativeTransitionHeight;
        public float fadeTransitionWidth;
        public Renderer[] renderers;
        public LOD(float screenRelativeTransitionHeight, Renderer[] renderers) { throw Surface.Only(); }
    }

    public class LODGroup : Component
    {
        public int lodCount { get { throw Surface.Only(); } }
        public LOD[] GetLODs() { throw Surface.Only(); }
        public void SetLODs(LOD[] lods) { throw Surface.Only(); }
        public void RecalculateBounds() { throw Surface.Only(); }
    }

    public sealed class Mesh : Object
    {
        public Mesh() { throw Surface.Only(); }
        public Rendering.IndexFormat indexFormat { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int vertexCount { get { throw Surface.Only(); } }
        public int subMeshCount { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int blendShapeCount { get { throw Surface.Only(); } }
        public Bounds bounds { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector3[] vertices { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector3[] normals { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector4[] tangents { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int[] triangles { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public void SetVertices(List<Vector3> inVertices) { throw Surface.Only(); }
        public void SetVertices(Vector3[] inVertices) { throw Surface.Only(); }
        public void SetNormals(List<Vector3> inNormals) { throw Surface.Only(); }
        public void SetNormals(Vector3[] inNormals) { throw Surface.Only(); }
        public void SetTangents(List<Vector4> inTangents) { throw Surface.Only(); }
        public void SetTangents(Vector4[] inTangents) { throw Surface.Only(); }
        public void SetUVs(int channel, List<Vector2> uvs) { throw Surface.Only(); }
        public void SetUVs(int channel, Vector2[] uvs) { throw Surface.Only(); }
        public void SetTriangles(int[] triangles, int submesh) { throw Surface.Only(); }
        public void SetTriangles(int[] triangles, int submesh, bool calculateBounds) { throw Surface.Only(); }
        public void SetTriangles(int[] triangles, int submesh, bool calculateBounds, int baseVertex) { throw Surface.Only(); }
        public void SetTriangles(List<int> triangles, int submesh) { throw Surface.Only(); }
        public void SetTriangles(List<int> triangles, int submesh, bool calculateBounds) { throw Surface.Only(); }
        public void SetTriangles(List<int> triangles, int submesh, bool calculateBounds, int baseVertex) { throw Surface.Only(); }
        public int[] GetTriangles(int submesh) { throw Surface.Only(); }
        public void AddBlendShapeFrame(string shapeName, float frameWeight, Vector3[] deltaVertices, Vector3[] deltaNormals, Vector3[] deltaTangents) { throw Surface.Only(); }
        public string GetBlendShapeName(int shapeIndex) { throw Surface.Only(); }
        public int GetBlendShapeIndex(string blendShapeName) { throw Surface.Only(); }
        public void RecalculateNormals() { throw Surface.Only(); }
        public void RecalculateTangents() { throw Surface.Only(); }
        public void RecalculateBounds() { throw Surface.Only(); }
        public void Clear() { throw Surface.Only(); }
    }

    public class Shader : Object
    {
        public static Shader Find(string name) { throw Surface.Only(); }
    }

    public class Material : Object
    {
        public Material(Shader shader) { throw Surface.Only(); }
        public Material(Material source) { throw Surface.Only(); }
        public Shader shader { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Texture mainTexture { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Color color { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public void SetColor(string name, Color value) { throw Surface.Only(); }
        public void SetColor(int nameID, Color value) { throw Surface.Only(); }
        public void SetFloat(string name, float value) { throw Surface.Only(); }
        public void SetFloat(int nameID, float value) { throw Surface.Only(); }
        public void SetTexture(string name, Texture value) { throw Surface.Only(); }
        public void SetTexture(int nameID, Texture value) { throw Surface.Only(); }
        public Color GetColor(string name) { throw Surface.Only(); }
        public float GetFloat(string name) { throw Surface.Only(); }
        public Texture GetTexture(string name) { throw Surface.Only(); }
        public bool HasProperty(string name) { throw Surface.Only(); }
        public bool HasProperty(int nameID) { throw Surface.Only(); }
        public void EnableKeyword(string keyword) { throw Surface.Only(); }
        public void DisableKeyword(string keyword) { throw Surface.Only(); }
        public bool IsKeywordEnabled(string keyword) { throw Surface.Only(); }
    }

    public enum TextureWrapMode
    {
        Repeat = 0,
        Clamp = 1,
        Mirror = 2,
        MirrorOnce = 3,
    }

    public enum TextureFormat
    {
        Alpha8 = 1,
        ARGB4444 = 2,
        RGB24 = 3,
        RGBA32 = 4,
        ARGB32 = 5,
        RGB565 = 7,
        R16 = 9,
        DXT1 = 10,
        DXT5 = 12,
        RGBA4444 = 13,
        BGRA32 = 14,
        RHalf = 15,
        RGHalf = 16,
        RGBAHalf = 17,
        RFloat = 18,
        RGFloat = 19,
        RGBAFloat = 20,
        R8 = 63,
    }

    public class Texture : Object
    {
        public virtual int width { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public virtual int height { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public TextureWrapMode wrapMode { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public bool isDataSRGB { get { throw Surface.Only(); } }
        public virtual bool isReadable { get { throw Surface.Only(); } }
    }

    public sealed class Texture2D : Texture
    {
        public Texture2D(int width, int height) { throw Surface.Only(); }
        public Texture2D(int width, int height, TextureFormat textureFormat, bool mipChain) { throw Surface.Only(); }
        public Texture2D(int width, int height, TextureFormat textureFormat, bool mipChain, bool linear) { throw Surface.Only(); }
        public TextureFormat format { get { throw Surface.Only(); } }
        public Color GetPixel(int x, int y) { throw Surface.Only(); }
        public Color GetPixelBilinear(float u, float v) { throw Surface.Only(); }
        public Color[] GetPixels() { throw Surface.Only(); }
        public Color[] GetPixels(int miplevel) { throw Surface.Only(); }
        public void SetPixels(Color[] colors) { throw Surface.Only(); }
        public void SetPixels(Color[] colors, int miplevel) { throw Surface.Only(); }
        public void Apply() { throw Surface.Only(); }
        public void Apply(bool updateMipmaps) { throw Surface.Only(); }
        public void Apply(bool updateMipmaps, bool makeNoLongerReadable) { throw Surface.Only(); }
    }

    /// <summary>UnityEngine.ImageConversionModule (the com.unity.modules.imageconversion package).</summary>
    public static class ImageConversion
    {
        public static bool LoadImage(this Texture2D tex, byte[] data) { throw Surface.Only(); }
        public static bool LoadImage(this Texture2D tex, byte[] data, bool markNonReadable) { throw Surface.Only(); }
        public static byte[] EncodeToPNG(this Texture2D tex) { throw Surface.Only(); }
        public static byte[] EncodeToJPG(this Texture2D tex) { throw Surface.Only(); }
        public static byte[] EncodeToJPG(this Texture2D tex, int quality) { throw Surface.Only(); }
    }

    public struct Color
    {
        public float r;
        public float g;
        public float b;
        public float a;
        public Color(float r, float g, float b) { throw Surface.Only(); }
        public Color(float r, float g, float b, float a) { throw Surface.Only(); }
        public Color gamma { get { throw Surface.Only(); } }
        public Color linear { get { throw Surface.Only(); } }
        public static Color white { get { throw Surface.Only(); } }
        public static Color black { get { throw Surface.Only(); } }
        public static Color red { get { throw Surface.Only(); } }
        public static Color green { get { throw Surface.Only(); } }
        public static Color blue { get { throw Surface.Only(); } }
        public static Color grey { get { throw Surface.Only(); } }
        public static Color clear { get { throw Surface.Only(); } }
    }

    public struct Vector2
    {
        public float x;
        public float y;
        public Vector2(float x, float y) { throw Surface.Only(); }
    }

    public struct Vector3
    {
        public float x;
        public float y;
        public float z;
        public Vector3(float x, float y, float z) { throw Surface.Only(); }
        public static Vector3 zero { get { throw Surface.Only(); } }
        public static float Dot(Vector3 lhs, Vector3 rhs) { throw Surface.Only(); }
    }

    public struct Vector4
    {
        public float x;
        public float y;
        public float z;
        public float w;
        public Vector4(float x, float y, float z, float w) { throw Surface.Only(); }
    }

    public struct Bounds
    {
        public Bounds(Vector3 center, Vector3 size) { throw Surface.Only(); }
        public Vector3 center { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector3 size { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public struct Rect
    {
        public Rect(float x, float y, float width, float height) { throw Surface.Only(); }
        public float width { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public float height { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public bool Contains(Vector2 point) { throw Surface.Only(); }
        public bool Contains(Vector3 point) { throw Surface.Only(); }
    }

    public struct Mathf
    {
        public static int Min(int a, int b) { throw Surface.Only(); }
        public static int Min(params int[] values) { throw Surface.Only(); }
        public static float Min(float a, float b) { throw Surface.Only(); }
        public static float Min(params float[] values) { throw Surface.Only(); }
        public static int Max(int a, int b) { throw Surface.Only(); }
        public static int Max(params int[] values) { throw Surface.Only(); }
        public static float Max(float a, float b) { throw Surface.Only(); }
        public static float Max(params float[] values) { throw Surface.Only(); }
        public static float Clamp01(float value) { throw Surface.Only(); }
        public static float Clamp(float value, float min, float max) { throw Surface.Only(); }
        public static int Clamp(int value, int min, int max) { throw Surface.Only(); }
        public static int RoundToInt(float f) { throw Surface.Only(); }
        public static float LinearToGammaSpace(float value) { throw Surface.Only(); }
        public static float GammaToLinearSpace(float value) { throw Surface.Only(); }
    }

    public enum RuntimePlatform
    {
        OSXEditor = 0,
        OSXPlayer = 1,
        WindowsPlayer = 2,
        WindowsEditor = 7,
        IPhonePlayer = 8,
        Android = 11,
        LinuxPlayer = 13,
        LinuxEditor = 16,
    }

    public class Application
    {
        public static bool isPlaying { get { throw Surface.Only(); } }
        public static bool isEditor { get { throw Surface.Only(); } }
        public static RuntimePlatform platform { get { throw Surface.Only(); } }
        public static string dataPath { get { throw Surface.Only(); } }
        public static string persistentDataPath { get { throw Surface.Only(); } }
    }

    public class Debug
    {
        public static void Log(object message) { throw Surface.Only(); }
        public static void Log(object message, Object context) { throw Surface.Only(); }
        public static void LogWarning(object message) { throw Surface.Only(); }
        public static void LogWarning(object message, Object context) { throw Surface.Only(); }
        public static void LogError(object message) { throw Surface.Only(); }
        public static void LogError(object message, Object context) { throw Surface.Only(); }
        public static void LogException(Exception exception) { throw Surface.Only(); }
        public static void LogException(Exception exception, Object context) { throw Surface.Only(); }
    }

    // IMGUI (UnityEngine.IMGUIModule: the com.unity.modules.imgui package).
    public enum EventType
    {
        MouseDown = 0,
        MouseUp = 1,
        MouseMove = 2,
        MouseDrag = 3,
        KeyDown = 4,
        KeyUp = 5,
        ScrollWheel = 6,
        Repaint = 7,
        Layout = 8,
        DragUpdated = 9,
        DragPerform = 10,
        Ignore = 11,
        Used = 12,
        ValidateCommand = 13,
        ExecuteCommand = 14,
        DragExited = 15,
        ContextClick = 16,
    }

    public sealed class Event
    {
        public static Event current { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public EventType type { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public Vector2 mousePosition { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public void Use() { throw Surface.Only(); }
    }

    public enum ScaleMode
    {
        StretchToFill = 0,
        ScaleAndCrop = 1,
        ScaleToFit = 2,
    }

    public class GUIContent
    {
        public GUIContent() { throw Surface.Only(); }
        public GUIContent(string text) { throw Surface.Only(); }
        public GUIContent(string text, string tooltip) { throw Surface.Only(); }
        public GUIContent(string text, Texture image, string tooltip) { throw Surface.Only(); }
        public string text { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public string tooltip { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public sealed class GUIStyle
    {
        public GUIStyle() { throw Surface.Only(); }
    }

    public sealed class GUILayoutOption
    {
        internal GUILayoutOption() { throw Surface.Only(); }
    }

    public class GUI
    {
        public static bool enabled { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public static void Box(Rect position, string text) { throw Surface.Only(); }
        public static void Box(Rect position, GUIContent content) { throw Surface.Only(); }
        public static void Label(Rect position, string text) { throw Surface.Only(); }
        public static void DrawTexture(Rect position, Texture image) { throw Surface.Only(); }
        public static void DrawTexture(Rect position, Texture image, ScaleMode scaleMode) { throw Surface.Only(); }
    }

    public class GUILayout
    {
        public static void Label(string text, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static void Label(GUIContent content, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static bool Button(string text, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static bool Button(GUIContent content, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static GUILayoutOption Width(float width) { throw Surface.Only(); }
        public static GUILayoutOption Height(float height) { throw Surface.Only(); }
        public static GUILayoutOption MaxWidth(float maxWidth) { throw Surface.Only(); }
        public static GUILayoutOption MaxHeight(float maxHeight) { throw Surface.Only(); }
        public static GUILayoutOption ExpandWidth(bool expand) { throw Surface.Only(); }
        public static GUILayoutOption ExpandHeight(bool expand) { throw Surface.Only(); }
    }

    public class GUILayoutUtility
    {
        public static Rect GetRect(float width, float height, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static Rect GetRect(float width, float height, GUIStyle style, params GUILayoutOption[] options) { throw Surface.Only(); }
        public static Rect GetAspectRect(float aspect) { throw Surface.Only(); }
        public static Rect GetAspectRect(float aspect, params GUILayoutOption[] options) { throw Surface.Only(); }
    }

    // Serialization and inspector attributes.
    [AttributeUsage(AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
    public sealed class SerializeField : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
    public abstract class PropertyAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
    public sealed class RangeAttribute : PropertyAttribute
    {
        public RangeAttribute(float min, float max) { throw Surface.Only(); }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
    public class TooltipAttribute : PropertyAttribute
    {
        public TooltipAttribute(string tooltip) { throw Surface.Only(); }
    }
}

namespace UnityEngine.Rendering
{
    public enum IndexFormat
    {
        UInt16 = 0,
        UInt32 = 1,
    }

    public abstract class RenderPipelineAsset : ScriptableObject
    {
    }

    public sealed class GraphicsSettings : Object
    {
        public static RenderPipelineAsset currentRenderPipeline { get { throw Surface.Only(); } }
        public static RenderPipelineAsset defaultRenderPipeline { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }

    public struct SubMeshDescriptor
    {
        public SubMeshDescriptor(int indexStart, int indexCount, MeshTopology topology) { throw Surface.Only(); }
        public int indexStart { get { throw Surface.Only(); } set { throw Surface.Only(); } }
        public int indexCount { get { throw Surface.Only(); } set { throw Surface.Only(); } }
    }
}

namespace UnityEngine
{
    public enum MeshTopology
    {
        Triangles = 0,
        Quads = 2,
        Lines = 3,
        LineStrip = 4,
        Points = 5,
    }
}
