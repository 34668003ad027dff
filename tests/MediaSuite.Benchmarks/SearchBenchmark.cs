namespace MediaSuite.Benchmarks;

/// <summary>What people type: prefixes of one or two words, with and without diacritics.</summary>
internal static class SearchBenchmark
{
    public static readonly string[] Queries = ["nor", "cafe", "echos sil", "midnight gar", "bjork", "se", "zurich amber", "ocean 12", "storm", "velvet riv"];
}
