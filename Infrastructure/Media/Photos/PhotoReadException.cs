namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>The file is not a photo we can read, or it is damaged; the message says which and why, for the problems list.</summary>
public sealed class PhotoReadException(string reason, Exception? inner = null) : Exception(reason, inner);
