using MediaSuite.Infrastructure.Hosting;

namespace MediaSuite.App.Hosting;

public static class StartupRunner
{
    /// <summary>Runs the server; a <see cref="StartupException"/> ends it with its message and exit code 1 instead of a stack trace.</summary>
    public static async Task<int> RunWithStartupChecksAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (Find(ex) is { } startup)
        {
            await Console.Error.WriteLineAsync($"MediaSuite could not start: {startup.Message}");
            return 1;
        }
    }

    private static StartupException? Find(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is StartupException startup) return startup;
            if (ex is AggregateException aggregate) return aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null);
        }
        return null;
    }
}
