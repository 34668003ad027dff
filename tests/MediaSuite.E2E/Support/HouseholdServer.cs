using MediaSuite.Tests.Support;

namespace MediaSuite.E2E.Support;

/// <summary>A server shared by a test class, with an admin and a member already set up over HTTP.</summary>
public sealed class HouseholdServer : IAsyncLifetime
{
    public const string MemberName = "member1";
    public const string MemberPassword = "member password";

    public LiveServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        using var admin = Server.CreateClient();
        AccountClient.Expect(await AccountClient.OnboardAsync(admin), System.Net.HttpStatusCode.Redirect);
        var invite = await AccountClient.CreateInviteAsync(admin);
        using var member = Server.CreateClient();
        AccountClient.Expect(await AccountClient.RegisterAsync(member, invite.Url, MemberName, MemberPassword), System.Net.HttpStatusCode.Redirect);
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }
}
