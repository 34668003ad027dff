using System.Text.Json;
using Microsoft.Playwright;

namespace MediaSuite.E2E.Support;

/// <summary>Runs axe-core (from npm, see package.json) inside the page and returns serious and critical violations.</summary>
public static class Axe
{
    private static readonly string Script = Locate();

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160)).join(' | '))");
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("axe-core is not installed: run 'npm ci' in tests/MediaSuite.E2E (scripts/test.sh does).");
    }
}
