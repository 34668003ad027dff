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
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            await Console.Error.WriteLineAsync($"MediaSuite could not start: {reason}");
            return 1;
        }
    }

    /// <summary>The sentence for a failure the person starting the server can fix (a bad setting, an unusable data directory).</summary>
    private static string? Explain(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case StartupException startup:
                    return startup.Message;
                case Microsoft.Extensions.Options.OptionsValidationException invalid:
                    return "the configuration is invalid: " + string.Join(" ", invalid.Failures);
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Select(Explain).FirstOrDefault(e => e is not null);
            }
        }
        return null;
    }
}
