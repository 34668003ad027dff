using MediaSuite.Infrastructure.Playback;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaSuite.Tests.Infrastructure.Playback;

public sealed class PlaybackOutputsTests
{
    private readonly PlaybackOutputs _outputs = new(NullLogger<PlaybackOutputs>.Instance);

    [Fact]
    public async Task ClaimAsync_TheLatestTabPlays_AndTheUsersTabsHearIt()
    {
        var heard = new List<string?>();
        using var subscription = _outputs.Subscribe("u1", id => { heard.Add(id); return Task.CompletedTask; });

        await _outputs.ClaimAsync("u1", "tab-a");
        await _outputs.ClaimAsync("u1", "tab-a"); // already the speaker: nothing to tell
        await _outputs.ClaimAsync("u1", "tab-b");
        await _outputs.ClaimAsync("u2", "tab-c");

        Assert.Equal("tab-b", _outputs.ActiveOf("u1"));
        Assert.Equal("tab-c", _outputs.ActiveOf("u2"));
        Assert.Equal(["tab-a", "tab-b"], heard);
    }

    [Fact]
    public async Task ReleaseAsync_OnlyTheSpeakerLeavingLeavesNone()
    {
        var heard = new List<string?>();
        var subscription = _outputs.Subscribe("u1", id => { heard.Add(id); return Task.CompletedTask; });
        await _outputs.ClaimAsync("u1", "tab-a");

        await _outputs.ReleaseAsync("u1", "tab-b");
        Assert.Equal("tab-a", _outputs.ActiveOf("u1"));
        await _outputs.ReleaseAsync("u1", "tab-a");
        Assert.Null(_outputs.ActiveOf("u1"));

        subscription.Dispose();
        await _outputs.ClaimAsync("u1", "tab-c");
        Assert.Equal(["tab-a", null], heard);
    }
}
