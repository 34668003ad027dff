using MediaSuite.Components.Player;
using MediaSuite.Domain.Playback;

namespace MediaSuite.Tests.Components.Player;

public sealed class RepeatButtonTests
{
    [Fact]
    public void After_CyclesOffAllOneAndBackToOff()
    {
        Assert.Equal(RepeatMode.All, RepeatButton.After(RepeatMode.Off));
        Assert.Equal(RepeatMode.One, RepeatButton.After(RepeatMode.All));
        Assert.Equal(RepeatMode.Off, RepeatButton.After(RepeatMode.One));
    }

    [Fact]
    public void For_EveryModeHasItsOwnIconAndLabel()
    {
        var buttons = Enum.GetValues<RepeatMode>().Select(RepeatButton.For).ToList();

        Assert.Equal(3, buttons.Select(b => b.Icon).Distinct().Count());
        Assert.Equal(3, buttons.Select(b => b.Label).Distinct().Count());
        Assert.Equal(["Repeat: off", "Repeat: all", "Repeat: one"], buttons.Select(b => b.Label));
    }
}
