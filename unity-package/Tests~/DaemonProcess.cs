using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace FitMe.Tests
{
    /// <summary>A real daemon (node bin/fitme.js serve) on a free loopback port with its own home folder.</summary>
    internal sealed class DaemonProcess : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder stderr = new StringBuilder();

        public readonly string Home;
        public readonly int Port;
        public readonly string TokenFile;

        public DaemonProcess(string repoDir, string home = null, int port = 0)
        {
            // run.sh points FITME_TEST_TMP at a folder it deletes afterwards.
            Home = home ?? Path.Combine(Environment.GetEnvironmentVariable("FITME_TEST_TMP") ?? Path.GetTempPath(), "home-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Home);
            var start = new ProcessStartInfo("node", "bin/fitme.js serve --port " + port + " --home \"" + Home + "\" --json")
            {
                WorkingDirectory = repoDir,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            process = Process.Start(start);
            process.ErrorDataReceived += (s, e) => { lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginErrorReadLine();
            try
            {
                string first = process.StandardOutput.ReadLine();
                if (first == null) throw new AssertionFailed("the daemon exited before listening: " + Stderr);
                var ready = Json.Parse(first);
                Check.Equal("listening", ready["event"].AsString, "first JSON line of the daemon");
                Port = (int)ready["port"].AsNumber;
                TokenFile = ready["tokenFile"].AsString;
            }
            catch (Exception)
            {
                process.Kill();
                throw;
            }
            // Keep draining stdout so the daemon never blocks on a full pipe (mono forbids mixing
            // the synchronous first read with BeginOutputReadLine).
            new Thread(() => { while (process.StandardOutput.ReadLine() != null) { } }) { IsBackground = true }.Start();
        }

        public Uri Url
        {
            get { return new Uri("ws://127.0.0.1:" + Port); }
        }

        public string Stderr
        {
            get { lock (stderr) return stderr.ToString(); }
        }

        public string ResultsDir(string jobId)
        {
            return Path.Combine(Home, "results", jobId);
        }

        /// <summary>SIGTERM, as a service manager would stop it; waits for the graceful exit.</summary>
        public void Stop()
        {
            if (process.HasExited) return;
            Process.Start("kill", "-TERM " + process.Id).WaitForExit();
            if (!process.WaitForExit(15000)) process.Kill();
            process.WaitForExit();
        }

        public void Dispose()
        {
            Stop();
            process.Dispose();
        }
    }
}
