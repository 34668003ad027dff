using MediaSuite.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace MediaSuite.Jobs;

/// <summary>The jobs this app knows, registered explicitly with <see cref="JobsServiceCollectionExtensions.AddMediaJob{T}"/>.</summary>
public sealed class JobCatalog(IEnumerable<JobDescriptor> descriptors, IOptions<JobsOptions> options)
{
    private readonly Dictionary<string, JobDescriptor> _byKey = descriptors.ToDictionary(d => d.Key);

    public IReadOnlyCollection<JobDescriptor> All => _byKey.Values;

    public JobDescriptor? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>A category with a limit of 0 is not run on this node.</summary>
    public bool RunsHere(JobCategory category) => options.Value.LimitFor(category) > 0;
}
