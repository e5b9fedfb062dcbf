using System.Text.Json;
using Strata.Raw.Ingest;

namespace Strata.Tests.Infrastructure;

/// <summary>`strata ingest ... --json` in memory against a test database, with its summary parsed.</summary>
public sealed record IngestRun(CliRun Cli, JsonElement Summary)
{
    public static async Task<IngestRun> InvokeAsync(TestDatabase db, params string[] args)
    {
        var cli = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_POSTGRES"] = db.ConnectionString }, ["ingest", "--json", .. args]);
        Assert.True(cli.Out.Length > 0, $"no summary on stdout; stderr: {cli.Error}");
        using var document = JsonDocument.Parse(cli.Out);
        return new IngestRun(cli, document.RootElement.Clone());
    }

    public TableCounts Table(string name) => Counts(Summary.GetProperty("tables").GetProperty(name));

    public IEnumerable<JsonElement> Files => Summary.GetProperty("files").EnumerateArray();

    public static TableCounts Counts(JsonElement counts) => new(
        counts.GetProperty("read").GetInt64(), counts.GetProperty("loaded").GetInt64(),
        counts.GetProperty("duplicates").GetInt64(), counts.GetProperty("quarantined").GetInt64());
}
