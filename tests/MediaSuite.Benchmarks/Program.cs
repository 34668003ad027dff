using MediaSuite.Benchmarks;

// Whole-system benchmarks print figures; they are not tests. See docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBenchmark.RunAsync(args[1..]),
    "music" => await MusicBenchmark.RunAsync(args[1..]),
    "home" => await HomeBenchmark.RunAsync(args[1..]),
    "catalog-writes" => await CatalogWriteBenchmark.RunAsync(args[1..]),
    "search" => await SearchLatencyBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: MediaSuite.Benchmarks ingest [--files 100000] [--folders 10000] [--clips 200] [--work DIR] [--app PATH/MediaSuite.dll]");
    Console.Error.WriteLine("       MediaSuite.Benchmarks music [--tracks 100000] [--albums 10000] [--listens 50000] [--samples 200] [--work DIR] [--app PATH/MediaSuite.dll]");
    Console.Error.WriteLine("       MediaSuite.Benchmarks home [--albums 10000] [--listens 50000] [--runs 200] [--work DIR] [--analyze]");
    Console.Error.WriteLine("       MediaSuite.Benchmarks catalog-writes [--tracks 50000] [--rounds 3] [--per-folder] [--work DIR]");
    Console.Error.WriteLine("       MediaSuite.Benchmarks search [--tracks 100000] [--runs 20] [--show QUERY] [--work DIR]");
    return 2;
}
