using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace FitMe.Tests
{
    internal sealed class AssertionFailed : Exception
    {
        public AssertionFailed(string message) : base(message) { }
    }

    internal static class Check
    {
        public static void True(bool condition, string message)
        {
            if (!condition) throw new AssertionFailed(message);
        }

        public static void Equal<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual)) throw new AssertionFailed(what + ": expected " + expected + ", got " + actual);
        }

        /// <summary>Runs `body` and returns the exception of type T it throws; fails if it throws none.</summary>
        public static async Task<T> Throws<T>(Func<Task> body, string what) where T : Exception
        {
            try
            {
                await body();
            }
            catch (T e)
            {
                return e;
            }
            throw new AssertionFailed(what + ": expected " + typeof(T).Name + ", nothing was thrown");
        }
    }

    /// <summary>A console test runner: each test runs in turn with a time limit; the last line is "N passed, N failed".</summary>
    internal sealed class TestList
    {
        private readonly List<KeyValuePair<string, Func<Task>>> tests = new List<KeyValuePair<string, Func<Task>>>();

        public void Add(string name, Action body)
        {
            tests.Add(new KeyValuePair<string, Func<Task>>(name, () => { body(); return Task.FromResult(0); }));
        }

        public void Add(string name, Func<Task> body)
        {
            tests.Add(new KeyValuePair<string, Func<Task>>(name, body));
        }

        public int Run(TimeSpan limit, string filter)
        {
            int passed = 0, failed = 0;
            foreach (var t in tests)
            {
                if (filter != null && !filter.Split('|').Any(f => t.Key.IndexOf(f, StringComparison.Ordinal) >= 0)) continue;
                var clock = Stopwatch.StartNew();
                string error = null;
                try
                {
                    var task = t.Value();
                    if (!task.Wait(limit)) error = "timed out after " + limit.TotalSeconds + " s";
                }
                catch (AggregateException e)
                {
                    error = Describe(e.InnerExceptions.Count == 1 ? e.InnerException : e);
                }
                catch (Exception e)
                {
                    error = Describe(e);
                }
                if (error == null)
                {
                    passed++;
                    Console.WriteLine("ok   " + t.Key + " (" + clock.ElapsedMilliseconds + " ms)");
                }
                else
                {
                    failed++;
                    Console.WriteLine("FAIL " + t.Key + ": " + error);
                }
            }
            Console.WriteLine(passed + " passed, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }

        private static string Describe(Exception e)
        {
            return e is AssertionFailed ? e.Message : e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace;
        }
    }

    internal static class Program
    {
        private static int Main(string[] args)
        {
            string repoDir = args[0];
            string filter = args.Length > 1 && args[1].Length > 0 ? args[1] : null;
            var tests = new TestList();
            CodecTests.Register(tests, repoDir);
            BadFrameTests.Register(tests, repoDir);
            ConversionTests.Register(tests);
            using (DaemonTests.Register(tests, repoDir))
                return tests.Run(TimeSpan.FromMinutes(4), filter);
        }
    }
}
