// Declaration-only surface of the NUnit 3 API (nunit.framework.dll, which Unity's Test Framework
// package com.unity.ext.nunit ships) that Tests/Editor uses, from NUnit 3's documentation
// (docs.nunit.org). Signatures only.
using System;
using System.Collections;

namespace NUnit.Framework
{
    internal static class Surface
    {
        public static Exception Only() { return new NotSupportedException("declaration-only NUnit surface"); }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public class TestAttribute : Attribute
    {
        public string Description { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public class SetUpAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public class TearDownAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
    public class TestFixtureAttribute : Attribute
    {
    }

    public abstract class Assert
    {
        public static void AreEqual(object expected, object actual) { throw Surface.Only(); }
        public static void AreEqual(object expected, object actual, string message, params object[] args) { throw Surface.Only(); }
        public static void AreEqual(double expected, double actual, double delta) { throw Surface.Only(); }
        public static void AreEqual(double expected, double actual, double delta, string message, params object[] args) { throw Surface.Only(); }
        public static void AreNotEqual(object expected, object actual) { throw Surface.Only(); }
        public static void AreSame(object expected, object actual) { throw Surface.Only(); }
        public static void AreSame(object expected, object actual, string message, params object[] args) { throw Surface.Only(); }
        public static void IsTrue(bool condition) { throw Surface.Only(); }
        public static void IsTrue(bool condition, string message, params object[] args) { throw Surface.Only(); }
        public static void IsFalse(bool condition) { throw Surface.Only(); }
        public static void IsFalse(bool condition, string message, params object[] args) { throw Surface.Only(); }
        public static void IsNull(object anObject) { throw Surface.Only(); }
        public static void IsNull(object anObject, string message, params object[] args) { throw Surface.Only(); }
        public static void IsNotNull(object anObject) { throw Surface.Only(); }
        public static void IsNotNull(object anObject, string message, params object[] args) { throw Surface.Only(); }
        public static void IsEmpty(string aString) { throw Surface.Only(); }
        public static void IsEmpty(IEnumerable collection) { throw Surface.Only(); }
        public static void IsNotEmpty(string aString) { throw Surface.Only(); }
        public static void IsNotEmpty(IEnumerable collection) { throw Surface.Only(); }
        public static void Greater(int arg1, int arg2) { throw Surface.Only(); }
        public static void Greater(float arg1, float arg2) { throw Surface.Only(); }
        public static void Greater(double arg1, double arg2) { throw Surface.Only(); }
        public static void Less(int arg1, int arg2) { throw Surface.Only(); }
        public static void Less(float arg1, float arg2) { throw Surface.Only(); }
        public static void Fail(string message) { throw Surface.Only(); }
    }

    public class StringAssert
    {
        public static void StartsWith(string expected, string actual) { throw Surface.Only(); }
        public static void StartsWith(string expected, string actual, string message, params object[] args) { throw Surface.Only(); }
        public static void Contains(string expected, string actual) { throw Surface.Only(); }
    }

    public abstract class CollectionAssert
    {
        public static void AreEqual(IEnumerable expected, IEnumerable actual) { throw Surface.Only(); }
        public static void AreEqual(IEnumerable expected, IEnumerable actual, string message, params object[] args) { throw Surface.Only(); }
        public static void Contains(IEnumerable collection, object actual) { throw Surface.Only(); }
    }
}
