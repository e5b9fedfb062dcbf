using System.Runtime.CompilerServices;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Pipeline;

/// <summary>docs/pipelines.md draws the graph the code declares: its Mermaid section is `strata manifest --mermaid`, to the letter.</summary>
public sealed class PipelineDocsTests
{
    [Fact]
    public async Task The_docs_show_the_graph_the_manifest_declares()
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_TIMEZONE"] = "UTC" }, "manifest", "--mermaid");
        var docs = await File.ReadAllTextAsync(DocsPath());

        Assert.Equal(0, run.ExitCode);
        const string Begin = "<!-- manifest:begin -->\n";
        var start = docs.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var section = docs[start..docs.IndexOf("<!-- manifest:end -->", StringComparison.Ordinal)];
        Assert.True(section == run.Out, "docs/pipelines.md is stale: paste the output of `strata manifest --mermaid` between its manifest markers.");
    }

    private static string DocsPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "pipelines.md"));
}
