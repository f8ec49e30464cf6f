using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using FitMe.Assets;
using FitMe.Client;
using FitMe.Protocol;

namespace FitMe.Tests
{
    /// <summary>The client session against the real daemon, over a real WebSocket on 127.0.0.1 (and one with ICT-FaceKit imported).</summary>
    internal sealed class DaemonTests : IDisposable
    {
        private readonly string repoDir;
        private readonly List<DaemonProcess> started = new List<DaemonProcess>();
        private DaemonProcess shared;
        private AvatarResult generated;

        private DaemonTests(string repoDir)
        {
            this.repoDir = repoDir;
        }

        public static IDisposable Register(TestList tests, string repoDir)
        {
            var t = new DaemonTests(repoDir);
            tests.Add("daemon: generate an avatar from a photo; textures and mesh match the daemon's results", t.Generate);
            tests.Add("daemon: fetch a finished job again: same bytes, no refit", t.FetchFinished);
            tests.Add("daemon: disconnect while the job runs, reconnect and fetch it again", t.DisconnectThenFetch);
            tests.Add("daemon: daemon restarts while streaming; AvatarGeneration reconnects and fetches", t.RecoverAcrossRestart);
            tests.Add("daemon: cancel a running job", t.Cancel);
            tests.Add("daemon: a wrong token is refused with UNAUTHORIZED", t.WrongToken);
            tests.Add("daemon: an unknown job id is JOB_NOT_FOUND", t.UnknownJob);
            tests.Add("daemon: no daemon on the port is a clear DaemonNotRunning error", t.NotRunning);
            tests.Add("daemon: an ICT-FaceKit head: three LODs, 55 morph targets sent sparse, expanded equal to the glb's accessors", t.IctAvatar);
            return t;
        }

        private DaemonProcess Daemon
        {
            get
            {
                if (shared == null) shared = Start(null, 0);
                return shared;
            }
        }

        /// <summary>
        /// A daemon with ICT-FaceKit imported from ../shared/ict-facekit by the CLI, as a user would;
        /// its morph targets come sparse (the session asks for them so) and the core expands them.
        /// </summary>
        private async Task IctAvatar()
        {
            string shared = Path.Combine(repoDir, "..", "shared", "ict-facekit");
            Check.True(File.Exists(Path.Combine(shared, "unpack.sh")), "ICT-FaceKit test data is missing: this test needs " + shared + " (its FaceXModel-*.tar.gz archives and unpack.sh)");
            string home = Path.Combine(Environment.GetEnvironmentVariable("FITME_TEST_TMP") ?? Path.GetTempPath(), "ict-home-" + Guid.NewGuid().ToString("N"));
            string source = Path.Combine(home, "ict-facekit");
            RunTool("bash", "\"" + Path.Combine(shared, "unpack.sh") + "\" \"" + source + "\"");
            RunTool("node", "bin/fitme.js model add ict-facekit --from \"" + source + "\" --home \"" + home + "\" --json");
            Directory.Delete(source, true);
            var d = Start(home, 0);
            AvatarResult result;
            using (var session = await FitMeSession.ConnectAsync(Settings(d)))
            {
                Check.Equal("ict-facekit", session.Welcome.DefaultModel, "the imported model is the default");
                result = await session.GenerateAsync(Photos(), new Options { TextureSize = 256, ReflectancePreset = ReflectancePreset.Fast }, null);
            }
            Check.Equal(0u, result.Mesh.Lod, "the avatar is LOD0");
            Check.True(result.Lods.Select(m => m.Lod).SequenceEqual(new[] { 1u, 2u }), "LOD1 and LOD2 beside it");
            Check.Equal(55, result.Mesh.TargetNames.Count, "morph targets");
            var glb = new Glb(Path.Combine(d.ResultsDir(result.JobId), "avatar.glb"));
            var levels = new[] { result.Mesh }.Concat(result.Lods).ToList();
            Check.Equal(levels.Count, glb.Gltf["meshes"].Items.Count, "a glb mesh per level of detail");
            for (int level = 0; level < levels.Count; level++)
            {
                for (int i = 0; i < levels[level].Primitives.Count; i++)
                {
                    var p = levels[level].Primitives[i];
                    var written = glb.Primitive(level, i);
                    string at = "LOD" + level + " primitive " + i + " ";
                    Check.True(glb.Floats((int)written["attributes"]["POSITION"].AsNumber).SequenceEqual(p.Positions), at + "positions equal the glb's");
                    var targets = written["targets"].Items;
                    Check.Equal(targets.Count, p.Targets.Count, at + "morph targets");
                    for (int k = 0; k < targets.Count; k++)
                    {
                        string of = at + "morph target " + levels[level].TargetNames[k] + " ";
                        Check.True(p.Targets[k].Vertices.Count == 0, of + "is dense after the core");
                        Check.True(glb.Floats((int)targets[k]["POSITION"].AsNumber).SequenceEqual(p.Targets[k].PositionDeltas), of + "position deltas equal the glb's");
                        Check.True(glb.Floats((int)targets[k]["NORMAL"].AsNumber).SequenceEqual(p.Targets[k].NormalDeltas), of + "normal deltas equal the glb's");
                    }
                }
            }
            var shapes = result.Avatar.Mesh.BlendShapes;
            Check.True(shapes.Count == 55 && shapes.All(s => s.DeltaPositions.Length == 3 * result.Avatar.Mesh.VertexCount && s.DeltaNormals != null), "Unity blendshapes: 55, a delta per vertex, with normals");
            var avatar = result.Avatar;
            Check.Equal(2, avatar.Lods.Count, "the Unity avatar has LOD1 and LOD2 beside LOD0");
            var names = shapes.Select(s => s.Name).ToList();
            var sizes = new List<int> { avatar.Mesh.VertexCount };
            foreach (var lod in avatar.Lods)
            {
                string at = lod.Name + " ";
                Check.True(lod.BlendShapes.Select(s => s.Name).SequenceEqual(names), at + "has LOD0's 55 blendshape names, in order");
                Check.True(lod.BlendShapes.All(s => s.DeltaPositions.Length == 3 * lod.VertexCount && s.DeltaNormals != null), at + "blendshapes: a delta per vertex, with normals");
                Check.True(lod.SubMeshes.Select(m => m.Material).SequenceEqual(avatar.Mesh.SubMeshes.Select(m => m.Material)), at + "uses LOD0's material per submesh");
                Check.True(lod.BlendShapes.Any(b => b.Name == "jawOpen" && b.DeltaPositions.Any(v => v != 0f)), at + "jawOpen moves vertices");
                sizes.Add(lod.VertexCount);
            }
            Check.True(sizes[1] < sizes[0] && sizes[2] < sizes[1], "each level has fewer vertices: " + string.Join(", ", sizes));
            Console.WriteLine("     " + string.Join(" / ", sizes) + " vertices per level, " + shapes.Count + " blendshapes, " + levels.Count + " levels of detail");
        }

        private void RunTool(string tool, string arguments)
        {
            var start = new ProcessStartInfo(tool, arguments) { WorkingDirectory = repoDir, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            using (var p = Process.Start(start))
            {
                var stderrTask = p.StandardError.ReadToEndAsync();
                p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                Check.True(p.ExitCode == 0, tool + " " + arguments + " failed: " + stderrTask.Result);
            }
        }

        private DaemonProcess Start(string home, int port)
        {
            var d = new DaemonProcess(repoDir, home, port);
            started.Add(d);
            return d;
        }

        private ConnectionSettings Settings(DaemonProcess d, SynchronizationContext context = null)
        {
            return new ConnectionSettings { Url = d.Url, TokenFile = d.TokenFile, ClientName = "fitme-csharp-tests", CallbackContext = context };
        }

        private Photo[] Photos()
        {
            string path = Path.Combine(repoDir, "samples", "grace_hopper.jpg");
            if (!File.Exists(path)) path = Path.Combine(repoDir, "..", "shared", "faces", "grace_hopper.jpg");
            return new[] { new Photo { Data = new ArraySegment<byte>(File.ReadAllBytes(path)), Name = "grace_hopper.jpg" } };
        }

        private static Options Options()
        {
            return new Options { TextureSize = 1024, ReflectancePreset = ReflectancePreset.Fast, Preview = true, PreviewRateHz = 20, PreviewVertices = true };
        }

        private async Task Generate()
        {
            var events = new List<string>();
            var threads = new HashSet<int>();
            var fractions = new List<float>();
            var previews = new List<Preview>();
            var chunks = new List<string>();
            JobAccepted accepted = null;
            using (var context = new QueueContext())
            {
                Action<string> record = e => { lock (events) { events.Add(e); threads.Add(Thread.CurrentThread.ManagedThreadId); } };
                var observer = new JobObserver
                {
                    Accepted = a => { accepted = a; record("accepted"); },
                    Progress = p => { lock (events) fractions.Add(p.Fraction); record("progress"); },
                    Preview = p => { lock (events) previews.Add(p); record("preview"); },
                    MeshReceived = m => record("mesh"),
                    TextureStarted = b => { lock (events) chunks.Add(MapKindNames.FileStem(b.Kind) + " " + b.Width + "x" + b.Height + " in " + b.ChunkCount + " chunk(s)"); },
                    TextureReceived = t => record("texture"),
                };
                using (var session = await FitMeSession.ConnectAsync(Settings(Daemon, context)))
                {
                    Check.Equal(1u, session.Welcome.ProtocolVersion, "Welcome protocol version");
                    Check.True(session.Welcome.Models.Count > 0, "Welcome lists the daemon's models");
                    generated = await session.GenerateAsync(Photos(), Options(), observer);
                }
                await Flush(context);
                Check.True(threads.SetEquals(new[] { context.Thread.ManagedThreadId }), "every callback ran on the captured SynchronizationContext's thread");
            }
            Check.True(accepted != null && accepted.JobId == generated.JobId, "JobAccepted names the job");
            Check.Equal("accepted", events[0], "first event");
            Check.True(events.IndexOf("mesh") < events.IndexOf("texture"), "mesh before textures");
            for (int i = 1; i < fractions.Count; i++) Check.True(fractions[i] >= fractions[i - 1], "progress never decreases");
            Check.True(previews.Count > 0, "preview frames arrive while fitting");
            foreach (var p in previews)
            {
                Check.True(p.Image.Count > 0 && p.ImageEncoding == "image/jpeg", "a preview carries a JPEG");
                Check.True(p.Positions.Count == 0 || p.Positions.Count == generated.Mesh.Primitives[0].Positions.Count, "preview positions cover primitive 0");
            }
            Check.Equal(ReflectancePreset.Fast, generated.Completed.Summary.ReflectancePreset, "the daemon fitted with the preset asked for");
            Check.Equal(40u, generated.Completed.Summary.ReflectanceIterations, "the fast preset's iterations");
            VerifyAgainstResults(Daemon, generated);
            Console.WriteLine("     " + generated.Avatar.Mesh.VertexCount + " vertices, " + previews.Count + " previews; textures: " + string.Join(", ", chunks));

            // The topology cache that lets a later job's previews show as a mesh.
            var cache = new TopologyCache(Path.Combine(Daemon.Home, "topology"));
            var prim = generated.Mesh.Primitives[0];
            Check.True(cache.Find(prim.Positions.Count / 3) == null, "empty cache");
            cache.Remember(generated.Mesh);
            var cached = cache.Find(prim.Positions.Count / 3);
            Check.True(cached != null && cached.Primitives[0].Indices.SequenceEqual(prim.Indices) && cached.Primitives[0].Uvs.SequenceEqual(prim.Uvs), "cached topology");
        }

        /// <summary>Everything received equals what the daemon saved in its results folder.</summary>
        private static void VerifyAgainstResults(DaemonProcess d, AvatarResult result)
        {
            string dir = d.ResultsDir(result.JobId);
            Check.True(Directory.Exists(dir), "results folder " + dir + " exists");
            var avatar = result.Avatar;
            Check.True(avatar.Textures.Count > 0, "textures received");
            foreach (var t in avatar.Textures)
            {
                string file = Path.Combine(dir, t.Name + ".png");
                Check.True(File.Exists(file), t.Name + ".png is in the results folder");
                Check.Equal(Sha256Hex(File.ReadAllBytes(file)), Sha256Hex(t.Data), t.Name + " SHA-256 against the results file");
                Check.Equal(t.Kind != MapKind.Albedo, t.Linear, t.Name + " colour space");
            }
            string glbPath = Path.Combine(dir, "avatar.glb");
            Check.Equal(result.Completed.Summary.GlbSha256, Sha256Hex(File.ReadAllBytes(glbPath)), "Summary.glb_sha256 against avatar.glb");
            var glb = new Glb(glbPath);
            var prim = result.Mesh.Primitives[0];
            var attributes = glb.Primitive(0, 0)["attributes"];
            Check.True(glb.Floats((int)attributes["POSITION"].AsNumber).SequenceEqual(prim.Positions), "positions equal the glb's");
            Check.True(glb.Floats((int)attributes["NORMAL"].AsNumber).SequenceEqual(prim.Normals), "normals equal the glb's");
            Check.True(glb.Floats((int)attributes["TEXCOORD_0"].AsNumber).SequenceEqual(prim.Uvs), "uvs equal the glb's");
            if (attributes.Has("TANGENT")) Check.True(glb.Floats((int)attributes["TANGENT"].AsNumber).SequenceEqual(prim.Tangents), "tangents equal the glb's");
            Check.True(glb.Indices((int)glb.Primitive(0, 0)["indices"].AsNumber).SequenceEqual(prim.Indices), "indices equal the glb's");
            Check.Equal((int)result.Completed.Summary.VertexCount, avatar.Mesh.VertexCount, "vertex count against the summary");

            // After conversion, Unity's front face (cross(b - a, c - a) in its left-handed axes)
            // must agree with the converted vertex normals, as it did in glTF.
            var mesh = avatar.Mesh;
            var tris = mesh.SubMeshes[0].Triangles;
            int agree = 0, total = tris.Length / 3;
            for (int t = 0; t < total; t++)
            {
                var n = ConversionTests.FaceNormal(mesh.Positions, tris, t);
                int a = tris[3 * t] * 3;
                if (n[0] * mesh.Normals[a] + n[1] * mesh.Normals[a + 1] + n[2] * mesh.Normals[a + 2] > 0) agree++;
            }
            Check.True(agree > 0.95 * total, "front faces agree with normals on " + agree + " of " + total + " triangles");
            for (int i = 0; i < prim.Uvs.Count; i += 2) Check.Equal(1f - prim.Uvs[i + 1], mesh.Uvs[i + 1], "v flipped at " + i);
        }

        private async Task FetchFinished()
        {
            var original = await Generated();
            int progressEvents = 0;
            using (var session = await FitMeSession.ConnectAsync(Settings(Daemon)))
            {
                var again = await session.FetchAsync(original.JobId, false, new JobObserver { Progress = p => Interlocked.Increment(ref progressEvents) });
                SameAvatar(original, again);
            }
            Check.True(progressEvents <= 1, "a fetch streams the saved result, it does not fit again (" + progressEvents + " progress events)");
        }

        private async Task DisconnectThenFetch()
        {
            string jobId = null;
            var accepted = new TaskCompletionSource<string>();
            var first = await FitMeSession.ConnectAsync(Settings(Daemon));
            var job = first.GenerateAsync(Photos(), Options(), new JobObserver { Accepted = a => accepted.TrySetResult(a.JobId) });
            jobId = await accepted.Task;
            first.Dispose(); // the socket is gone while the daemon is still fitting
            var lost = await Check.Throws<FitMeException>(() => job, "the job of a dropped connection");
            Check.Equal(FailureKind.ConnectionLost, lost.Kind, "kind");
            Check.Equal(jobId, lost.JobId, "the error names the job to fetch");
            using (var second = await FitMeSession.ConnectAsync(Settings(Daemon)))
            {
                var result = await second.FetchAsync(jobId);
                Check.Equal(jobId, result.JobId, "fetched job");
                VerifyAgainstResults(Daemon, result);
            }
        }

        private async Task RecoverAcrossRestart()
        {
            var original = await Generated();
            var home = Path.Combine(Environment.GetEnvironmentVariable("FITME_TEST_TMP") ?? Path.GetTempPath(), "restart-" + Guid.NewGuid().ToString("N"));
            var daemon = Start(home, 0);
            int port = daemon.Port;
            DaemonProcess restarted = null;
            int restarts = 0;
            // The first connection dies when the daemon stops in the middle of sending the textures
            // (the results are already on disk); AvatarGeneration must reconnect and fetch the job.
            var observer = new JobObserver
            {
                TextureStarted = b =>
                {
                    if (Interlocked.Increment(ref restarts) != 1) return;
                    daemon.Stop();
                    restarted = Start(home, port);
                },
            };
            var result = await AvatarGeneration.RunAsync(Settings(daemon), Photos(), Options(), observer, CancellationToken.None, 8);
            Check.True(restarted != null, "the daemon was restarted mid-stream");
            VerifyAgainstResults(restarted, result);
            Check.Equal(original.Avatar.Mesh.VertexCount, result.Avatar.Mesh.VertexCount, "same model");
        }

        private async Task Cancel()
        {
            using (var session = await FitMeSession.ConnectAsync(Settings(Daemon)))
            using (var cts = new CancellationTokenSource())
            {
                string jobId = null;
                var observer = new JobObserver { Accepted = a => { jobId = a.JobId; cts.Cancel(); } };
                var clock = Stopwatch.StartNew();
                await Check.Throws<OperationCanceledException>(() => session.GenerateAsync(Photos(), Options(), observer, cts.Token), "a cancelled job");
                Check.True(jobId != null, "the job was accepted before it was cancelled");
                // A cancelled job leaves no result behind: fetching it finds nothing.
                var e = await Check.Throws<FitMeException>(() => session.FetchAsync(jobId), "fetching a cancelled job");
                Check.Equal(ErrorCode.JobNotFound, e.Code, "code");
                Check.True(!Directory.Exists(Daemon.ResultsDir(jobId)), "no results folder for a cancelled job");
                Console.WriteLine("     cancelled after " + clock.ElapsedMilliseconds + " ms");
            }
        }

        private async Task WrongToken()
        {
            var settings = Settings(Daemon);
            settings.Token = new string('0', 64);
            var e = await Check.Throws<FitMeException>(() => FitMeSession.ConnectAsync(settings), "connecting with a wrong token");
            Check.Equal(FailureKind.Daemon, e.Kind, "kind");
            Check.Equal(ErrorCode.Unauthorized, e.Code, "code");
            Check.True(e.Message.Contains("token"), "the message says what to fix: " + e.Message);
        }

        private async Task UnknownJob()
        {
            using (var session = await FitMeSession.ConnectAsync(Settings(Daemon)))
            {
                var e = await Check.Throws<FitMeException>(() => session.FetchAsync("j-does-not-exist"), "fetching an unknown job");
                Check.Equal(ErrorCode.JobNotFound, e.Code, "code");
                Check.Equal("j-does-not-exist", e.JobId, "job id");
                // The session survives a refused request.
                Check.Equal(ErrorCode.JobNotFound, (await Check.Throws<FitMeException>(() => session.FetchAsync("j-neither"), "second fetch")).Code, "code");
            }
        }

        private async Task NotRunning()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop(); // nothing listens there now
            var settings = new ConnectionSettings { Url = new Uri("ws://127.0.0.1:" + port), Token = new string('0', 64) };
            var e = await Check.Throws<FitMeException>(() => FitMeSession.ConnectAsync(settings), "connecting to a closed port");
            Check.Equal(FailureKind.DaemonNotRunning, e.Kind, "kind");
            Check.True(e.Message.Contains("npx fitme serve") && e.Message.Contains(port.ToString()), "the message says how to start it: " + e.Message);
            Check.True(!e.Message.Contains("no answer within"), "the refusal is reported as such, not as a timeout: " + e.Message);
            Console.WriteLine("     " + e.Message);
        }

        private async Task<AvatarResult> Generated()
        {
            if (generated == null)
                using (var session = await FitMeSession.ConnectAsync(Settings(Daemon)))
                    generated = await session.GenerateAsync(Photos(), Options());
            return generated;
        }

        private static void SameAvatar(AvatarResult a, AvatarResult b)
        {
            Check.Equal(a.JobId, b.JobId, "job id");
            Check.True(a.Mesh.Primitives[0].Positions.SequenceEqual(b.Mesh.Primitives[0].Positions), "same positions");
            Check.True(a.Avatar.Mesh.SubMeshes[0].Triangles.SequenceEqual(b.Avatar.Mesh.SubMeshes[0].Triangles), "same triangles");
            Check.Equal(a.Avatar.Textures.Count, b.Avatar.Textures.Count, "texture count");
            foreach (var t in a.Avatar.Textures)
                Check.True(b.Avatar.Textures.Single(u => u.Kind == t.Kind).Data.SequenceEqual(t.Data), t.Name + " bytes");
            Check.Equal(a.Completed.Summary.GlbSha256, b.Completed.Summary.GlbSha256, "glb hash");
        }

        /// <summary>Waits until everything posted to the context so far has run.</summary>
        private static Task Flush(QueueContext context)
        {
            // Continuations must not run on the context's thread: the caller disposes (joins) it next.
            var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            context.Post(_ => done.SetResult(true), null);
            return done.Task;
        }

        private static string Sha256Hex(byte[] data)
        {
            using (var sha = SHA256.Create()) return BitConverter.ToString(sha.ComputeHash(data)).Replace("-", "").ToLowerInvariant();
        }

        public void Dispose()
        {
            foreach (var d in started) d.Dispose();
        }
    }
}
