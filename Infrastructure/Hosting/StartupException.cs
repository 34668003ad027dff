namespace MediaSuite.Infrastructure.Hosting;

/// <summary>A condition that makes starting pointless; its message is written for the person starting the server.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
