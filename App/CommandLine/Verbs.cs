using MediaSuite.Infrastructure;
using MediaSuite.Jobs;

namespace MediaSuite.App.CommandLine;

/// <summary>
/// `probe FILE...` prints what MediaSuite reads from files; `scan` runs a library scan without the
/// web server. Both use the same services as the server, built from the same configuration.
/// </summary>
public static class Verbs
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0) return null;
        return args[0] switch
        {
            "probe" => await ProbeVerb.RunAsync(BuildServices(args[1..]), args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList()),
            "scan" => await ScanVerb.RunAsync(BuildServices(Settings(args[1..])), args[1..]),
            "help" or "--help" or "-h" => Help(),
            _ => null,
        };
    }

    private static int Help()
    {
        Console.WriteLine("""
            MediaSuite
              (no verb)                     start the server (see README for settings)
              probe FILE...                 print the metadata MediaSuite reads from each file, as JSON; touches no database
              scan [--library ID|NAME] [--force]
                                            scan the enabled libraries (or one) and print a summary; --force re-reads unchanged folders
            Settings can be given as --MediaSuite:DataDirectory=/path (or environment variables).
            """);
        return 0;
    }

    /// <summary>Configuration switches (--Key=value) pass through to the host; the verb's own flags do not.</summary>
    private static string[] Settings(string[] args) => args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();

    private static WebApplication BuildServices(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a.Contains('=')).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddInfrastructure();
        builder.Services.AddJobs(builder.Configuration);
        return builder.Build();
    }
}
