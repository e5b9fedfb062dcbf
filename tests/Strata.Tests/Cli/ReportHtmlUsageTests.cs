using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

/// <summary>`strata report --html` draws both tiers: naming a tier with it is a usage error that says what to do.</summary>
public sealed class ReportHtmlUsageTests
{
    [Fact]
    public async Task Html_with_a_tier_exits_2_with_one_json_object_saying_to_leave_the_tier_out()
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string>(), "report", "--html", "--tier", "greenplum", "--json");

        Assert.Equal(2, run.ExitCode);
        using var error = JsonDocument.Parse(run.Out);
        Assert.Contains("leave out --tier", error.RootElement.ToString(), StringComparison.Ordinal);
    }
}
