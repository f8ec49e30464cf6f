using System.Runtime.CompilerServices;

// The editor tests build their avatars with the same fixtures.
[assembly: InternalsVisibleTo("FitMe.Bridge.Editor.Tests")]
