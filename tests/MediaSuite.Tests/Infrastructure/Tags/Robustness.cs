using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>Damages a real file in many ways and checks a reader fails only with its own, readable exception.</summary>
public static class Robustness
{
    public static void AssertOnlyTagReadExceptions(IAudioTagReader reader, byte[] original, int headerRegion)
    {
        var region = Math.Min(headerRegion, original.Length);
        var random = new Random(20240601);
        var cases = new List<byte[]>();
        for (var length = 0; length < region; length += 1 + length / 64) cases.Add(original[..length]);
        for (var i = 0; i < 400; i++)
        {
            var damaged = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--) damaged[random.Next(region)] = (byte)random.Next(256);
            cases.Add(damaged);
        }

        foreach (var bytes in cases)
        {
            try
            {
                reader.Read(new MemoryStream(bytes, writable: false), TagReadOptions.WithPictures);
            }
            catch (TagReadException error)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
            }
        }
    }
}
