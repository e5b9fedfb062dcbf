using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Strata.Monitoring.Notifications;

/// <summary>Alert e-mail through SMTP (MailKit): plain text and HTML alternatives of the same content, to every STRATA_ALERT_EMAIL_TO.</summary>
public sealed class EmailChannel(SmtpTarget smtp, string from, IReadOnlyList<string> to) : INotificationChannel
{
    public string Name => "email";

    public string Target => $"{smtp.Host}:{smtp.Port}";

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = smtp.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (smtp.User is not null)
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }
        using var message = Message(alert);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public MimeMessage Message(Alert alert)
    {
        var message = new MimeMessage { Subject = $"[Strata] {alert.Title}" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        var facts = new List<(string Name, string Value)>
        {
            ("Pipeline", alert.Pipeline), ("Partition", alert.Partition.Length == 0 ? "none" : alert.Partition), ("Step", alert.Step ?? "none"),
            ("Run", alert.RunId.ToString()), ("At", alert.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var text = string.Join('\n', facts.Select(fact => $"{fact.Name}: {fact.Value}"))
            + (alert.Error is { } error ? $"\n\nError:\n{error}" : "")
            + (alert.Checks.Count > 0 ? "\n\nChecks:\n" + string.Join('\n', alert.CheckLines.Select(line => "- " + line)) : "")
            + $"\n\nLook further: {alert.Command}\n";
        var html = $"<h2>{Encode(alert.Title)}</h2><table>"
            + string.Concat(facts.Select(fact => $"<tr><th align=\"left\">{fact.Name}</th><td>{Encode(fact.Value)}</td></tr>")) + "</table>"
            + (alert.Error is { } failure ? $"<h3>Error</h3><pre>{Encode(failure)}</pre>" : "")
            + (alert.Checks.Count > 0 ? "<h3>Checks</h3><ul>" + string.Concat(alert.CheckLines.Select(line => $"<li>{Encode(line)}</li>")) + "</ul>" : "")
            + $"<p>Look further: <code>{Encode(alert.Command)}</code></p>";
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
