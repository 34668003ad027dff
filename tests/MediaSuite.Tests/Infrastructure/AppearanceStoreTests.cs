using MediaSuite.Domain.Appearance;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Appearance;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure;

public sealed class AppearanceStoreTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new();

    private async Task<(AppearanceStore Store, string AdminId, string MemberId)> SetUpAsync()
    {
        await AccountClient.HouseholdAsync(_factory);
        var users = await _factory.Services.GetRequiredService<UserAdminService>().ListAsync();
        return (_factory.Services.GetRequiredService<AppearanceStore>(), users.Single(u => u.UserName == "admin").Id, users.Single(u => u.UserName == "member1").Id);
    }

    [Fact]
    public async Task Save_IsPerUser()
    {
        var (store, admin, member) = await SetUpAsync();
        await store.SaveAsync(new UserAppearance { UserId = admin, Mode = ThemeMode.Dark, Palette = "rose", CustomAccent = "rgb(255, 136, 0)" });

        var mine = await store.GetAsync(admin);
        Assert.Equal(ThemeMode.Dark, mine.Mode);
        Assert.Equal("#ff8800", mine.CustomAccent);
        var theirs = await store.GetAsync(member);
        Assert.Equal(ThemeMode.System, theirs.Mode);
        Assert.Null(theirs.CustomAccent);
    }

    [Theory]
    [InlineData("material", "indigo", "javascript:alert(1)")]
    [InlineData("nope", "indigo", null)]
    [InlineData("material", "nope", null)]
    public async Task Save_RefusesUnknownValuesAndKeepsThePrevious(string style, string palette, string? accent)
    {
        var (store, admin, _) = await SetUpAsync();
        await store.SaveAsync(new UserAppearance { UserId = admin, Mode = ThemeMode.Light, Palette = "teal" });

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveAsync(new UserAppearance { UserId = admin, Mode = ThemeMode.Dark, Style = style, Palette = palette, CustomAccent = accent }));

        var kept = await store.GetAsync(admin);
        Assert.Equal(ThemeMode.Light, kept.Mode);
        Assert.Equal("teal", kept.Palette);
    }

    public void Dispose() => _factory.Dispose();
}
