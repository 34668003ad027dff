namespace MediaSuite.Jobs.Engine;

/// <summary>This process's identity on run records: a run left Running under another identity was cut off.</summary>
public sealed class EngineInstance
{
    public string Id { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
}
