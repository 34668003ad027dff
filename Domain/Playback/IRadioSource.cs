namespace MediaSuite.Domain.Playback;

/// <summary>
/// The recommender behind "radio". It is called synchronously inside <see cref="QueueEngine.Apply"/>
/// (only when the radio list must be filled), so an implementation answers from local data or a
/// cache. The engine drops anything in <see cref="RadioRequest.Avoid"/> and any duplicate itself,
/// so an implementation need not be perfect.
/// </summary>
public interface IRadioSource
{
    /// <summary>Candidate track ids, best first; an empty list means "nothing to recommend".</summary>
    IReadOnlyList<long> Recommend(RadioRequest request);
}

/// <param name="Seeds">The most recently played tracks, newest first.</param>
/// <param name="Avoid">Tracks in the history window, playing now or already waiting in the queue.</param>
/// <param name="Count">How many candidates the engine will use at most.</param>
public sealed record RadioRequest(IReadOnlyList<long> Seeds, IReadOnlySet<long> Avoid, int Count);
