using System.Text.Json;
using Strata.Monitoring.Notifications;
using Strata.Pipeline;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Monitoring;

/// <summary>
/// Alerts from real daily runs (real PostgreSQL, real embedded ClickHouse) to real receivers on loopback: a Kestrel server
/// standing in for Slack's incoming webhook and the alert webhook, and an SMTP server. The observers are the CLI's.
/// </summary>
public sealed class NotificationTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime, IDisposable
{
    private const string SlackPath = "services/T0001/B0002/slack-token-value";
    private const string SmtpPassword = "smtp-password-value";
    private const string WebhookSecret = "webhook-secret-value";
    private static readonly DailyRange Day = DailyRange.Day(new DateOnly(2024, 3, 25));

    private readonly DailyStores stores = new(postgres, clickHouse);
    private readonly StringWriter logs = new();
    private LoopbackReceiver http = null!;
    private SmtpReceiver smtp = null!;

    public async Task InitializeAsync()
    {
        await stores.ResetAsync();
        http = await LoopbackReceiver.StartAsync();
        smtp = await SmtpReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await http.DisposeAsync();
        await smtp.DisposeAsync();
    }

    public void Dispose() => logs.Dispose();

    private Dictionary<string, string> Channels => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_SLACK_WEBHOOK_URL"] = http.Url(SlackPath).ToString(),
        ["STRATA_SMTP_URL"] = $"smtp://alerts:{SmtpPassword}@127.0.0.1:{smtp.Port}",
        ["STRATA_ALERT_EMAIL_FROM"] = "strata@example.org",
        ["STRATA_ALERT_EMAIL_TO"] = "oncall@example.org, data-team@example.org",
        ["STRATA_WEBHOOK_URL"] = http.Url("hook").ToString(),
        ["STRATA_WEBHOOK_SECRET"] = WebhookSecret,
        ["STRATA_ALERT_RETRY_DELAY"] = "0.05",
    };

    [Fact]
    public async Task A_failed_run_reaches_slack_email_and_webhook_once_each_however_often_its_step_was_retried()
    {
        // A transient fault every time the transform starts: tried as often as its policy says, then the run fails. The
        // error quotes the SMTP password, as a careless driver message might.
        var summary = await RunAsync(Channels, new DailyOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Checkpoints = new Checkpoints((point, _) => point == Checkpoints.Before("transform")
                ? throw new TimeoutException($"the store did not answer (smtp://alerts:{SmtpPassword}@mail)")
                : Task.CompletedTask),
        });

        Assert.Equal(PipelineStatus.Failed, summary.Status);
        var tries = await stores.PostgresRowsAsync($"SELECT count(*) FROM strata_meta.step_runs WHERE run_id = '{summary.RunId}' AND step = 'transform'");
        Assert.True((long)tries[0][0]! > 1, "the transform was to be retried");

        var slack = Assert.Single(http.At(SlackPath));
        using var block = JsonDocument.Parse(slack.Body);
        Assert.Contains("daily 2024-03-25 failed at transform", block.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = block.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Contains($"strata runs show {summary.RunId}", slack.Text, StringComparison.Ordinal);
        Assert.Contains("the store did not answer", slack.Text, StringComparison.Ordinal);

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("[Strata] daily 2024-03-25 failed at transform", mail.Subject);
        Assert.Equal(["oncall@example.org", "data-team@example.org"], mail.To.Mailboxes.Select(box => box.Address));
        Assert.Contains(("alerts", SmtpPassword), smtp.Logins);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains(summary.RunId.ToString(), body, StringComparison.Ordinal);
            Assert.Contains($"strata runs show {summary.RunId}", body, StringComparison.Ordinal);
            Assert.Contains("transform", body, StringComparison.Ordinal);
            Assert.Contains("2024-03-25", body, StringComparison.Ordinal);
        }

        var hook = Assert.Single(http.At("hook"));
        Assert.Equal(WebhookChannel.Signature(hook.Body, WebhookSecret), hook.Headers[WebhookChannel.SignatureHeader]);
        using var payload = JsonDocument.Parse(hook.Body);
        var root = payload.RootElement;
        Assert.Equal(["event", "pipeline", "partition", "run_id", "step", "error", "checks", "at"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("run_failed", "daily", "2024-03-25", summary.RunId.ToString(), "transform"), (root.GetProperty("event").GetString(),
            root.GetProperty("pipeline").GetString(), root.GetProperty("partition").GetString(), root.GetProperty("run_id").GetString(),
            root.GetProperty("step").GetString()));
        Assert.Contains(Redactor.Mask, root.GetProperty("error").GetString(), StringComparison.Ordinal);

        var everything = string.Join('\n', [slack.Text, hook.Text, mail.TextBody, mail.HtmlBody, logs.ToString()]);
        Assert.DoesNotContain(SmtpPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("slack-token-value", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_that_stays_down_is_retried_then_logged_and_the_others_still_get_the_recovery()
    {
        // No channel configured: the failure is told to no one, and nothing complains.
        var failed = await RunAsync(new() { ["STRATA_POSTGRES"] = postgres.ConnectionString }, new DailyOptions
        {
            Checkpoints = new Checkpoints((point,
                _) => point == Checkpoints.Before("load") ? throw new InvalidOperationException("a bug") : Task.CompletedTask),
        });
        Assert.Equal(PipelineStatus.Failed, failed.Status);
        Assert.Empty(http.Received);
        Assert.Empty(smtp.Messages);

        http.TakeDown("hook");
        var recovered = await RunAsync(Channels);

        Assert.Equal(PipelineStatus.Succeeded, recovered.Status);
        Assert.Equal(new NotificationSettings(null, null, null, [], null, null).Attempts, http.Refused("hook"));
        Assert.Empty(http.At("hook"));
        using var slack = JsonDocument.Parse(Assert.Single(http.At(SlackPath)).Body);
        Assert.Contains("daily 2024-03-25 succeeded again after a failure", slack.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("[Strata] daily 2024-03-25 succeeded again after a failure", Assert.Single(smtp.Messages).Subject);
        var gaveUp = Assert.Single(logs.ToString().Split('\n'), line => line.Contains("could not be sent to webhook", StringComparison.Ordinal));
        Assert.Contains("\"level\":\"error\"", gaveUp, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warn_check_that_fails_sends_one_check_warned_alert_and_the_run_goes_on()
    {
        var quiet = await RunAsync(Channels, range: DailyRange.Day(new DateOnly(2024, 4, 10)));

        Assert.Equal(PipelineStatus.Succeeded, quiet.Status);
        using var payload = JsonDocument.Parse(Assert.Single(http.At("hook")).Body);
        Assert.Equal("check_warned", payload.RootElement.GetProperty("event").GetString());
        Assert.Equal("extract", payload.RootElement.GetProperty("step").GetString());
        // No sales at all: the day is also far below its weekday's volume and revenue.
        var checks = payload.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["freshness_sales_data", "volume_sales_data", "revenue_jump_sales_data"], checks.Select(check => check.GetProperty("name").GetString()));
        Assert.All(checks, check => Assert.Equal(("warn", false), (check.GetProperty("severity").GetString(), check.GetProperty("passed").GetBoolean())));
        Assert.Contains("freshness_sales_data", Assert.Single(smtp.Messages).TextBody, StringComparison.Ordinal);
        Assert.Single(http.At(SlackPath));
    }

    private async Task<DailySummary> RunAsync(Dictionary<string, string> variables, DailyOptions? options = null, DailyRange? range = null)
    {
        using var loggers = CliObservers.Logs(logs, variables);
        return await new DailyRunner(clickHouse.Engine, postgres.Database, loggers).RunAsync(range ?? Day,
            (options ?? new DailyOptions()) with { Observer = CliObservers.For(variables, postgres.Database, loggers) }, CancellationToken.None);
    }
}
