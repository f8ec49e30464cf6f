using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FitMe.Tests
{
    /// <summary>
    /// A minimal JSON value with a parser and a structural comparison: enough to read the golden
    /// vectors' manifest, the daemon's JSON lines and glTF headers. Numbers keep double precision;
    /// the manifest writes 64-bit integers as strings.
    /// </summary>
    internal sealed class Json
    {
        public enum Kind { Null, Bool, Number, String, Array, Object }

        public readonly Kind Type;
        private readonly bool boolean;
        private readonly double number;
        private readonly string text;
        private readonly List<Json> items;
        private readonly Dictionary<string, Json> fields;

        private Json(Kind type, bool b = false, double n = 0, string s = null)
        {
            Type = type;
            boolean = b;
            number = n;
            text = s;
            if (type == Kind.Array) items = new List<Json>();
            if (type == Kind.Object) fields = new Dictionary<string, Json>();
        }

        public static readonly Json Null = new Json(Kind.Null);
        public static Json Bool(bool b) { return new Json(Kind.Bool, b: b); }
        public static Json Num(double n) { return new Json(Kind.Number, n: n); }
        public static Json Str(string s) { return new Json(Kind.String, s: s); }
        public static Json Array() { return new Json(Kind.Array); }
        public static Json Object() { return new Json(Kind.Object); }

        /// <summary>Floats as the manifest writes them: non-finite values as "NaN", "Infinity", "-Infinity".</summary>
        public static Json Float(double v)
        {
            if (double.IsNaN(v)) return Str("NaN");
            if (double.IsPositiveInfinity(v)) return Str("Infinity");
            if (double.IsNegativeInfinity(v)) return Str("-Infinity");
            return Num(v);
        }

        public static Json Base64(ArraySegment<byte> bytes)
        {
            return Str(bytes.Count == 0 ? "" : Convert.ToBase64String(bytes.Array, bytes.Offset, bytes.Count));
        }

        public void Add(Json v) { items.Add(v); }
        public void Set(string key, Json v) { fields[key] = v; }

        public double AsNumber { get { Expect(Kind.Number); return number; } }
        public string AsString { get { Expect(Kind.String); return text; } }
        public bool AsBool { get { Expect(Kind.Bool); return boolean; } }
        public IList<Json> Items { get { Expect(Kind.Array); return items; } }
        public IEnumerable<string> Keys { get { Expect(Kind.Object); return fields.Keys; } }

        public Json this[string key]
        {
            get
            {
                Expect(Kind.Object);
                Json v;
                if (!fields.TryGetValue(key, out v)) throw new KeyNotFoundException("no JSON field \"" + key + "\"");
                return v;
            }
        }

        public bool Has(string key) { return Type == Kind.Object && fields.ContainsKey(key); }

        private void Expect(Kind k)
        {
            if (Type != k) throw new InvalidOperationException("JSON value is " + Type + ", not " + k);
        }

        /// <summary>The first difference between two values as "path: a vs b", or null when equal.</summary>
        public static string Diff(Json expected, Json actual, string path = "$")
        {
            if (expected.Type != actual.Type) return path + ": " + expected + " vs " + actual;
            switch (expected.Type)
            {
                case Kind.Null: return null;
                case Kind.Bool: return expected.boolean == actual.boolean ? null : path + ": " + expected + " vs " + actual;
                case Kind.Number: return expected.number.Equals(actual.number) ? null : path + ": " + expected + " vs " + actual;
                case Kind.String: return expected.text == actual.text ? null : path + ": " + expected + " vs " + actual;
                case Kind.Array:
                    if (expected.items.Count != actual.items.Count) return path + ": " + expected.items.Count + " items vs " + actual.items.Count;
                    for (int i = 0; i < expected.items.Count; i++)
                    {
                        string d = Diff(expected.items[i], actual.items[i], path + "[" + i + "]");
                        if (d != null) return d;
                    }
                    return null;
                default:
                    foreach (var k in expected.fields.Keys)
                        if (!actual.fields.ContainsKey(k)) return path + "." + k + ": missing";
                    foreach (var k in actual.fields.Keys)
                        if (!expected.fields.ContainsKey(k)) return path + "." + k + ": unexpected";
                    foreach (var kv in expected.fields)
                    {
                        string d = Diff(kv.Value, actual.fields[kv.Key], path + "." + kv.Key);
                        if (d != null) return d;
                    }
                    return null;
            }
        }

        public override string ToString()
        {
            switch (Type)
            {
                case Kind.Null: return "null";
                case Kind.Bool: return boolean ? "true" : "false";
                case Kind.Number: return number.ToString("R", CultureInfo.InvariantCulture);
                case Kind.String: return "\"" + (text.Length > 60 ? text.Substring(0, 60) + "..." : text) + "\"";
                case Kind.Array: return "[" + items.Count + " items]";
                default: return "{" + string.Join(",", fields.Keys) + "}";
            }
        }

        public static Json Parse(string s)
        {
            int i = 0;
            Json v = ParseValue(s, ref i);
            SkipSpace(s, ref i);
            if (i != s.Length) throw new FormatException("trailing characters at " + i);
            return v;
        }

        private static void SkipSpace(string s, ref int i)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        }

        private static Json ParseValue(string s, ref int i)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length) throw new FormatException("unexpected end of JSON");
            char c = s[i];
            if (c == '{')
            {
                var o = Object();
                i++;
                SkipSpace(s, ref i);
                if (s[i] == '}') { i++; return o; }
                while (true)
                {
                    SkipSpace(s, ref i);
                    string key = ParseString(s, ref i);
                    SkipSpace(s, ref i);
                    if (s[i++] != ':') throw new FormatException("expected ':' at " + (i - 1));
                    o.Set(key, ParseValue(s, ref i));
                    SkipSpace(s, ref i);
                    char d = s[i++];
                    if (d == '}') return o;
                    if (d != ',') throw new FormatException("expected ',' or '}' at " + (i - 1));
                }
            }
            if (c == '[')
            {
                var a = Array();
                i++;
                SkipSpace(s, ref i);
                if (s[i] == ']') { i++; return a; }
                while (true)
                {
                    a.Add(ParseValue(s, ref i));
                    SkipSpace(s, ref i);
                    char d = s[i++];
                    if (d == ']') return a;
                    if (d != ',') throw new FormatException("expected ',' or ']' at " + (i - 1));
                }
            }
            if (c == '"') return Str(ParseString(s, ref i));
            if (string.CompareOrdinal(s, i, "true", 0, 4) == 0) { i += 4; return Bool(true); }
            if (string.CompareOrdinal(s, i, "false", 0, 5) == 0) { i += 5; return Bool(false); }
            if (string.CompareOrdinal(s, i, "null", 0, 4) == 0) { i += 4; return Null; }
            int start = i;
            while (i < s.Length && "+-0123456789.eE".IndexOf(s[i]) >= 0) i++;
            if (start == i) throw new FormatException("unexpected '" + c + "' at " + i);
            return Num(double.Parse(s.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        private static string ParseString(string s, ref int i)
        {
            if (s[i] != '"') throw new FormatException("expected a string at " + i);
            i++;
            var sb = new StringBuilder();
            while (true)
            {
                char c = s[i++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                char e = s[i++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u': sb.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                    default: sb.Append(e); break;
                }
            }
        }
    }
}
