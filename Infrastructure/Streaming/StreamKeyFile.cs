using System.Security.Cryptography;
using MediaSuite.Infrastructure.Hosting;

namespace MediaSuite.Infrastructure.Streaming;

/// <summary>
/// The secret that signs stream links: 32 random bytes made once and kept in the data directory,
/// so links given out before a restart still work after it. Only the server's user may read it.
/// </summary>
public static class StreamKeyFile
{
    public const int Length = 32;

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "keys", "stream.key");

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path)) return Read(path);
        var directory = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
        else Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // Written whole under a temporary name and then linked into place, so a crash never leaves a
        // short key, and two servers starting on one data directory agree on whichever came first.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var file = new FileStream(temporary, options))
            {
                file.Write(RandomNumberGenerator.GetBytes(Length));
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made the key first; use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
        return Read(path);
    }

    private static byte[] Read(string path)
    {
        var key = File.ReadAllBytes(path);
        if (key.Length != Length)
            throw new StartupException(
                $"The stream signing key '{path}' is {key.Length} bytes long instead of {Length}, so it is damaged. " +
                "Delete it and MediaSuite makes a new one; stream links handed out before then stop working.");
        return key;
    }
}
