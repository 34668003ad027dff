namespace MediaSuite.Components.Shared;

/// <summary>"in 3 days", "2 hours ago": the server's clock zone means nothing to a household member.</summary>
public static class RelativeTime
{
    public static string From(DateTimeOffset moment, DateTimeOffset now)
    {
        var delta = moment - now;
        var span = delta.Duration();
        var text = span switch
        {
            { TotalMinutes: < 1 } => "less than a minute",
            { TotalHours: < 1 } => Plural((int)span.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Plural((int)span.TotalHours, "hour"),
            _ => Plural((int)span.TotalDays, "day"),
        };
        return delta >= TimeSpan.Zero ? $"in {text}" : $"{text} ago";
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
