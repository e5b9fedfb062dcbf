using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Strata.Monitoring.Notifications;

/// <summary>A Slack incoming webhook (STRATA_SLACK_WEBHOOK_URL): a Block Kit message with a plain-text fallback.</summary>
public sealed class SlackChannel(Uri webhook, HttpClient http) : INotificationChannel
{
    /// <summary>Slack's limits: 150 characters in a header, 3000 in a section's text.</summary>
    private const int HeaderLimit = 150;
    private const int SectionLimit = 3000;

    public string Name => "slack";

    public string Target => webhook.Authority;

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(webhook, Message(alert), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static JsonObject Message(Alert alert)
    {
        var icon = alert.Event switch
        {
            Alert.RunFailed => ":x:",
            Alert.CheckWarned => ":warning:",
            _ => ":white_check_mark:",
        };
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = Text("plain_text", Cut($"{icon} {alert.Title}", HeaderLimit)) },
            new JsonObject
            {
                ["type"] = "section",
                ["fields"] = new JsonArray(
                    Text("mrkdwn", $"*Pipeline*\n{alert.Pipeline}"), Text("mrkdwn", $"*Partition*\n{(alert.Partition.Length == 0 ? "none" : alert.Partition)}"),
                    Text("mrkdwn", $"*Step*\n{alert.Step ?? "none"}"), Text("mrkdwn", $"*Run*\n`{alert.RunId}`")),
            },
        };
        if (alert.Error is { } error)
        {
            blocks.Add(Section($"*Error*\n```{Cut(error, SectionLimit - 20)}```"));
        }
        if (alert.Checks.Count > 0)
        {
            blocks.Add(Section(Cut("*Checks*\n" + string.Join('\n', alert.CheckLines.Select(line => "• " + line)), SectionLimit)));
        }
        blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Text("mrkdwn", $"Look further: `{alert.Command}`")) });
        return new JsonObject { ["text"] = $"Strata: {alert.Title} (run {alert.RunId})", ["blocks"] = blocks };
    }

    private static JsonObject Section(string markdown) => new() { ["type"] = "section", ["text"] = Text("mrkdwn", markdown) };

    private static JsonObject Text(string type, string text) => new() { ["type"] = type, ["text"] = text };

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
