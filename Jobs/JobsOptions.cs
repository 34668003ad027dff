using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Jobs;

/// <summary>Section "MediaSuite:Jobs".</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "MediaSuite:Jobs";

    /// <summary>Finished runs older than this are deleted by the cleanup job. Default 30 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a running job's progress is saved to the database (the page gets it live regardless). Default one second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ProgressSaveInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many jobs of each category run at once on this node. 0 refuses the category here (e.g.
    /// "Analysis": 0 on a weak node). Defaults keep a scan from starving the UI on two cores.
    /// </summary>
    public Dictionary<string, int> Concurrency { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Interactive"] = 2,
        ["Library"] = 1,
        ["Maintenance"] = 1,
        ["Background"] = 1,
        ["Analysis"] = 1,
    };

    public int LimitFor(MediaSuite.Domain.Jobs.JobCategory category) =>
        Concurrency.TryGetValue(category.ToString(), out var limit) ? limit : 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, limit) in Concurrency)
        {
            if (!MediaSuite.Domain.Jobs.JobRules.TryParseCategory(name, out _))
                yield return new ValidationResult($"MediaSuite:Jobs:Concurrency:{name} is not a job category (Interactive, Library, Maintenance, Background, Analysis).");
            else if (limit is < 0 or > 32)
                yield return new ValidationResult($"MediaSuite:Jobs:Concurrency:{name} must be between 0 (refuse here) and 32.");
        }
    }
}
