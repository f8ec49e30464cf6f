using System;
using System.Diagnostics;
using System.IO;
using UnityEditor;
using UnityEngine;

namespace FitMe.Editor
{
    /// <summary>
    /// Starts the daemon with a command the user can change (EditorPrefs), e.g. `npx fitme serve`
    /// run in the folder where fitme-bridge is installed. The daemon outlives the editor's domain
    /// reloads; it stops when the user ends it or the machine restarts.
    /// </summary>
    public static class DaemonLauncher
    {
        private const string CommandKey = "FitMe.DaemonCommand";
        private const string FolderKey = "FitMe.DaemonFolder";

        public static string Command
        {
            get { return EditorPrefs.GetString(CommandKey, "npx fitme serve"); }
            set { EditorPrefs.SetString(CommandKey, value); }
        }

        /// <summary>The working folder of the command (where `npx` finds fitme-bridge); empty: the project folder.</summary>
        public static string Folder
        {
            get { return EditorPrefs.GetString(FolderKey, ""); }
            set { EditorPrefs.SetString(FolderKey, value); }
        }

        public static void Start()
        {
            string folder = string.IsNullOrEmpty(Folder) ? Directory.GetCurrentDirectory() : Folder;
            bool windows = Application.platform == RuntimePlatform.WindowsEditor;
            // Through the user's login shell, so PATH (node, npx) is the one of a terminal: an editor
            // started from the Dock or a launcher does not inherit it (on macOS that shell is zsh, not sh).
            string shell = Environment.GetEnvironmentVariable("SHELL");
            if (string.IsNullOrEmpty(shell)) shell = "/bin/sh";
            var start = new ProcessStartInfo(windows ? "cmd.exe" : shell, (windows ? "/c " : "-lc ") + Quote(Command, windows))
            {
                WorkingDirectory = folder,
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.OutputDataReceived += (s, e) => { if (!string.IsNullOrEmpty(e.Data)) UnityEngine.Debug.Log("FitMe daemon: " + e.Data); };
            process.ErrorDataReceived += (s, e) => { if (!string.IsNullOrEmpty(e.Data)) UnityEngine.Debug.LogWarning("FitMe daemon: " + e.Data); };
            process.Exited += (s, e) => UnityEngine.Debug.Log("FitMe daemon exited with code " + process.ExitCode + ".");
            try
            {
                process.Start();
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Could not run `" + Command + "` in " + folder + ": " + e.Message + ". Set the command and folder in the FitMe window (Daemon section).", e);
            }
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        private static string Quote(string command, bool windows)
        {
            return windows ? command : "'" + command.Replace("'", "'\\''") + "'";
        }
    }
}
