using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Strata.Cli.Hosting;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Web;
using Strata.Web.Endpoints;
using Strata.Web.Forwarding;

namespace Strata.Cli.Serving;

/// <summary>
/// The client side of `strata serve`. A command that needs the embedded store, typed while a live server holds that
/// store (its lease is in the store's folder), is carried out by the server: this process sends the arguments, its folder
/// and its STRATA_* settings, prints the stdout and stderr frames as they come and exits with the command's exit code, so
/// the caller sees what the command would have printed here. Without a server (or with a ClickHouse server, or for a
/// command that never needs the store) the command runs in this process.
/// </summary>
internal static class ServerForwarding
{
    /// <summary>The command's exit code when a server carried it out; null when it is to run here.</summary>
    public static async Task<int?> TryForwardAsync(string[] args, CliEnvironment environment)
    {
        if (CliRequest.CommandOf(args) is not { } command || !CliRequest.Forwarded.Contains(command))
        {
            return null;
        }
        string? store;
        try
        {
            store = ServerLease.StoreDirectory(StrataSettings.FromEnvironment(environment.Variable, environment.WorkingDirectory));
        }
        catch (StrataException)
        {
            return null; // an unusable STRATA_CLICKHOUSE: the command itself says what is wrong with it
        }
        return store is not null && ServerLease.ReadLive(store) is { } lease
            ? await ForwardAsync(lease, store, [.. CliLogging.WithCallersFormat(args, command, environment)], environment)
            : null;
    }

    private static async Task<int?> ForwardAsync(ServerLease lease, string store, string[] args, CliEnvironment environment)
    {
        var json = args.Contains("--json");
        var failures = new CommandRunner(environment);
        var server = $"strata serve (pid {lease.Pid}, {lease.Url})";
        var token = environment.Variable(ServerOptions.TokenVariable);
        if (lease.TokenRequired && string.IsNullOrEmpty(token))
        {
            return await failures.FailAsync(json, $"{server} holds the store and requires a token: set {ServerOptions.TokenVariable} to the server's.",
                StrataCli.Failed);
        }
        using var stop = new CancellationTokenSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(lease.Url, CliEndpoints.Path))
        {
            Content = JsonContent.Create(new CliRequest(args, environment.WorkingDirectory, Settings(), environment.TerminalWidth)),
        };
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var wroteOut = false;
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            }
            catch (HttpRequestException unreachable)
            {
                // A server that has just stopped has removed its lease: the store is free, so the command runs here.
                return ServerLease.ReadLive(store) is null
                    ? null
                    : await failures.FailAsync(json, $"{server} holds the store but does not answer ({unreachable.Message}): wait for it, "
                        + $"or stop it (its lease: {Path.Combine(store, ServerLease.FileName)}).", StrataCli.Failed);
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    return await failures.FailAsync(json, $"{server} refused the command: {await RefusalAsync(response, stop.Token)}", StrataCli.Failed);
                }
                using var frames = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                while (await frames.ReadLineAsync(stop.Token) is { } line)
                {
                    var frame = CliFrame.Parse(line);
                    if (frame.Exit is { } exitCode)
                    {
                        return exitCode;
                    }
                    wroteOut |= frame.Out is not null;
                    await WriteAsync(frame.Out is null ? environment.Error : environment.Out, frame.Out ?? frame.Err ?? "");
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Closing the request cancels the command in the server; a run it was doing ends abandoned.
            return await failures.FailAsync(json && !wroteOut, "cancelled.", StrataCli.Failed);
        }
        catch (Exception cut) when (cut is IOException or HttpRequestException)
        {
            // The answer broke off mid-command (the server died): said so, never run again here, which could run it twice.
            return await CutOffAsync();
        }
        return await CutOffAsync();

        Task<int> CutOffAsync() => failures.FailAsync(json && !wroteOut,
            $"{server} stopped before the command finished; a run it was doing is marked abandoned (strata runs list).", StrataCli.Failed);
    }

    /// <summary>The caller's STRATA_* settings, for the command in the server; the API token stays here (it travels in its header).</summary>
    private static Dictionary<string, string> Settings() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(variable => (Name: (string)variable.Key, Value: variable.Value as string ?? ""))
            .Where(variable => variable.Name.StartsWith(CliRequest.SettingsPrefix, StringComparison.Ordinal) && variable.Name != ServerOptions.TokenVariable)
            .ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);

    private static async Task<string> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var reason = response.StatusCode == HttpStatusCode.Unauthorized
            ? $"{ServerOptions.TokenVariable} is not the server's token"
            : $"HTTP {(int)response.StatusCode}";
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Length == 0 ? reason + "." : $"{reason}: {body}";
    }

    private static async Task WriteAsync(TextWriter writer, string text)
    {
        await writer.WriteAsync(text);
        await writer.FlushAsync();
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}
