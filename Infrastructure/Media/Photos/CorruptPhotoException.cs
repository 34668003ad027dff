namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>Thrown by a container reader with the reason only; the reader turns it into a <see cref="PhotoReadException"/> naming the file.</summary>
internal sealed class CorruptPhotoException(string reason) : Exception(reason);
