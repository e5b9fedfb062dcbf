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
        var tests = await ExternalTool.RunAsync("promtool", Folder, "test", "rules", "tests/alerts_test.yml", "tests/archive_test.yml");

        Assert.True(rules.ExitCode == 0, rules.Out + rules.Error);
        Assert.True(config.ExitCode == 0, config.Out + config.Error);
        Assert.True(tests.ExitCode == 0, tests.Out + tests.Error);
    }

    [Fact]
    public void Every_alert_is_unit_tested_firing_and_has_a_runbook_section()
    {
        var alerts = AlertName().Matches(RepositoryFiles.Read("deploy/prometheus/alerts.yml")).Select(match => match.Groups[1].Value).ToList();
        var tested = RepositoryFiles.Read("deploy/prometheus/tests/alerts_test.yml") + RepositoryFiles.Read("deploy/prometheus/tests/archive_test.yml");
        var runbook = RepositoryFiles.Read("docs/runbook.md");

        Assert.Equal(5, alerts.Count);
        Assert.All(alerts, alert => Assert.Contains($"alertname: {alert}\n        exp_alerts:\n          - exp_labels", tested, StringComparison.Ordinal));
        Assert.All(alerts, alert => Assert.Contains($"\n### {alert}\n", runbook, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"- alert: (\w+)")]
    private static partial Regex AlertName();
}
