using MediaSuite.E2E.Support;

namespace MediaSuite.E2E.Music;

/// <summary>The music server with two items per scroll step, so three albums take two pages.</summary>
public sealed class SmallPagesMusicServer() : MusicServer(new Dictionary<string, string?> { ["MediaSuite:Music:PageSize"] = "2" });
