using System.Text.RegularExpressions;

namespace MediaSuite.Tests.Architecture;

/// <summary>Dependencies point inward (ARCHITECTURE.md): Domain uses nothing of ours; nothing but App uses App; nothing uses Components but App.</summary>
public partial class DependencyDirectionTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string, string[]> Rules => new()
    {
        { "Domain", ["MediaSuite.Infrastructure", "MediaSuite.App", "MediaSuite.Components", "MediaSuite.Jobs", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http", "Radzen"] },
        { "Infrastructure", ["MediaSuite.App", "MediaSuite.Components", "MediaSuite.Jobs", "Radzen"] },
        { "Jobs", ["MediaSuite.App", "MediaSuite.Components"] },
        { "Components", ["MediaSuite.App"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer_DoesNotReferenceOuterLayers(string layer, string[] forbidden)
    {
        var folder = Path.Combine(Root, layer);
        if (!Directory.Exists(folder)) return;
        var offences = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".razor"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => forbidden.Any(ns => References(l.Text, ns)))
            .Select(l => $"{Path.GetRelativePath(Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, $"{layer} must not reference {string.Join(", ", forbidden)}:\n{string.Join("\n", offences)}");
    }

    [Fact]
    public void Rules_CatchAViolation() =>
        Assert.True(References("using MediaSuite.Infrastructure.Persistence;", "MediaSuite.Infrastructure"));

    [Fact]
    public void Rules_DoNotConfuseSimilarNames() =>
        Assert.False(References("using MediaSuite.Applications;", "MediaSuite.App"));

    private static bool References(string line, string ns) =>
        !line.TrimStart().StartsWith("//") && Regex.IsMatch(line, $@"(?<![\w.]){Regex.Escape(ns)}(?![\w])");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaSuite.sln"))) return dir.FullName;
        throw new InvalidOperationException("MediaSuite.sln not found above the test output.");
    }
}
