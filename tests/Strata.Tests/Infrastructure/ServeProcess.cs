using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Strata.Web;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A real `strata serve` child process on its own port, ready once it has left its lease in the store's folder and
/// answers /health; stopped with SIGTERM, as systemd or Ctrl+C stops it. Its stderr is kept for the assertions.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly Process process;
    private readonly StringBuilder error = new();
    private readonly Task<string> output;

    private ServeProcess(Process process, string store)
    {
        this.process = process;
        Store = store;
        process.ErrorDataReceived += (_, line) =>
        {
            lock (error)
            {
                error.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        output = process.StandardOutput.ReadToEndAsync();
    }

    public int Pid => process.Id;

    /// <summary>The embedded store's folder, where the lease and the holder note are.</summary>
    public string Store { get; }

    public ServerLease Lease { get; private set; } = null!;

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>Starts `strata serve --port P ARGS` with the variables (STRATA_DATA among them) and waits until it serves.</summary>
    public static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var store = Path.Combine(variables["STRATA_DATA"], "clickhouse");
        var server = new ServeProcess(Process.Start(StrataProcess.StartInfo(variables, ["serve", "--port", TestPorts.Next().ToString(), .. args]))!, store);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        if (variables.TryGetValue(ServerOptions.TokenVariable, out var token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !server.process.HasExited)
        {
            if (ServerLease.ReadLive(store) is { } lease && await AnswersAsync(http, new Uri(lease.Url, "/health")))
            {
                server.Lease = lease;
                return server;
            }
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"strata serve did not come up within {Patience}; stderr: {server.Error}");
    }

    /// <summary>Sends SIGTERM and waits for the process to exit; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            await kill.WaitForExitAsync();
        }
        using var patience = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(patience.Token);
        await output;
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.Dispose();
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri health)
    {
        try
        {
            using var response = await http.GetAsync(health);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
