using MediaSuite.Domain.Playback;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>A user's new playback state and the command that made it, as subscribers hear it.</summary>
public sealed record PlaybackChange(PlaybackState State, QueueCommand Command);
