using System;
using System.IO;
using System.Runtime.InteropServices;

namespace FitMe.Client
{
    /// <summary>
    /// Where the daemon listens and where it keeps its token, by the same rules as the daemon
    /// (server/config/paths.ts): FITME_HOME, else the platform's per-user configuration folder.
    /// </summary>
    public static class DaemonLocation
    {
        public const int DefaultPort = 7468;
        private const string App = "fitme-bridge";

        public static Uri DefaultUrl
        {
            get { return new Uri("ws://127.0.0.1:" + DefaultPort); }
        }

        public static string DefaultTokenFile()
        {
            string home = Environment.GetEnvironmentVariable("FITME_HOME");
            if (!string.IsNullOrEmpty(home)) return Path.Combine(Path.GetFullPath(home), "token");
            return Path.Combine(ConfigDirectory(), "token");
        }

        private static string ConfigDirectory()
        {
            string user = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                string roaming = Environment.GetEnvironmentVariable("APPDATA");
                return Path.Combine(string.IsNullOrEmpty(roaming) ? Path.Combine(user, "AppData", "Roaming") : roaming, App);
            }
            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return Path.Combine(user, "Library", "Application Support", App);
            string xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(user, ".config") : xdg, App);
        }

        /// <summary>The token the daemon wrote at its first start (64 hex digits), trimmed.</summary>
        public static string ReadToken(string tokenFile)
        {
            string token;
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw new FitMeException(FailureKind.TokenMissing, "No FitMe token file at " + tokenFile + ". Start the daemon once (`npx fitme serve`) to create it, or point FITME_HOME (or the token file setting) at the daemon's --home.", "", e);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new FitMeException(FailureKind.TokenMissing, "Cannot read the FitMe token file " + tokenFile + ": " + e.Message, "", e);
            }
            if (token.Length == 0) throw new FitMeException(FailureKind.TokenMissing, "The FitMe token file " + tokenFile + " is empty; restart the daemon to write a new one.");
            return token;
        }
    }
}
