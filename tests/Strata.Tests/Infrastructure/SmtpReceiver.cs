using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package: EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA) that keeps every
/// message it accepts, parsed by MimeKit, and the user names and passwords clients authenticated with.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();

    private readonly ConcurrentQueue<MimeMessage> messages = new();

    private readonly ConcurrentQueue<(string User, string Password)> logins = new();

    private Task running = Task.CompletedTask;

    public int Port { get; private set; }

    public IReadOnlyList<MimeMessage> Messages => [.. messages];

    public IReadOnlyList<(string User, string Password)> Logins => [.. logins];

    public static async Task<SmtpReceiver> StartAsync()
    {
        var receiver = new SmtpReceiver { Port = FreePort() };
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, receiver.Port)).AllowUnsecureAuthentication(true)
                .AuthenticationRequired(false))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(receiver.messages));
        services.Add(new Authenticator(receiver.logins));
        var server = new SmtpServer.SmtpServer(options, services);
        receiver.running = server.StartAsync(receiver.stop.Token);
        await WaitListeningAsync(receiver.Port);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // stopped, as asked
        }
        stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitListeningAsync(int port)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (tries < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator(ConcurrentQueue<(string, string)> logins) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            logins.Enqueue((user, password));
            return Task.FromResult(true);
        }
    }
}
