namespace MediaSuite.Components.Shared;

/// <summary>Sizes as people read them: "8.5 KiB", "1.2 GiB".</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1L << 20 => $"{bytes / 1024.0:0.#} KiB",
        < 1L << 30 => $"{bytes / (double)(1L << 20):0.#} MiB",
        < 1L << 40 => $"{bytes / (double)(1L << 30):0.#} GiB",
        _ => $"{bytes / (double)(1L << 40):0.##} TiB",
    };
}
