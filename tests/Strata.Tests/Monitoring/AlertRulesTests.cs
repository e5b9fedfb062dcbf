using System.Text.RegularExpressions;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Monitoring;

/// <summary>The alert rules as Prometheus's own tool checks them, their unit tests, and a runbook section for each alert.</summary>
public sealed partial class AlertRulesTests
{
    private static readonly string Folder = RepositoryFiles.PathOf("deploy/prometheus");

    [Fact]
    public async Task Promtool_accepts_the_rules_and_the_configuration_and_their_unit_tests_pass()
    {
        var rules = await ExternalTool.RunAsync("promtool", Folder, "check", "rules", "alerts.yml");
        var config = await ExternalTool.RunAsync("promtool", Folder, "check", "config", "prometheus.yml");
        var tests = await ExternalTool.RunAsync("promtool", Folder, ["test", "rules", .. UnitTests.Select(file => Path.GetRelativePath(Folder, file))]);

        Assert.True(rules.ExitCode == 0, rules.Out + rules.Error);
        Assert.True(config.ExitCode == 0, config.Out + config.Error);
        Assert.True(tests.ExitCode == 0, tests.Out + tests.Error);
    }

    [Fact]
    public void Every_alert_is_unit_tested_firing_and_has_a_runbook_section()
    {
        var alerts = AlertName().Matches(RepositoryFiles.Read("deploy/prometheus/alerts.yml")).Select(match => match.Groups[1].Value).ToList();
        var tested = string.Concat(UnitTests.Select(file => File.ReadAllText(file)));
        var runbook = RepositoryFiles.Read("docs/runbook.md");

        Assert.Equal(6, alerts.Count);
        Assert.All(alerts, alert => Assert.Contains($"alertname: {alert}\n        exp_alerts:\n          - exp_labels", tested, StringComparison.Ordinal));
        Assert.All(alerts, alert => Assert.Contains($"\n### {alert}\n", runbook, StringComparison.Ordinal));
    }

    /// <summary>Every promtool unit test file in deploy/prometheus/tests, in name order.</summary>
    private static IEnumerable<string> UnitTests => Directory.GetFiles(Path.Combine(Folder, "tests"), "*_test.yml").Order(StringComparer.Ordinal);

    [GeneratedRegex(@"- alert: (\w+)")]
    private static partial Regex AlertName();
}
