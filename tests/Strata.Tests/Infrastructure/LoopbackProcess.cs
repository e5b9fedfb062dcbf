using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A server program the tests start on 127.0.0.1 as it is installed (Debian's prometheus, prometheus-pushgateway), on a
/// free port, waited for until its readiness URL answers, and killed (with its process tree) when disposed.
/// </summary>
public sealed class LoopbackProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process process;

    private readonly System.Text.StringBuilder output = new();

    private LoopbackProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the program printed so far, for a failing assertion's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with the arguments <paramref name="arguments"/> makes of its address ("127.0.0.1:port").</summary>
    public static async Task<LoopbackProcess> StartAsync(string program, Func<string, IEnumerable<string>> arguments, string readyPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments($"127.0.0.1:{port}"))
        {
            start.ArgumentList.Add(argument);
        }
        var started = new LoopbackProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}."),
            new Uri($"http://127.0.0.1:{port}/"));
        started.process.OutputDataReceived += (_, line) => started.Keep(line.Data);
        started.process.ErrorDataReceived += (_, line) => started.Keep(line.Data);
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        await started.WaitReadyAsync(readyPath);
        return started;
    }

    public async Task<string> GetAsync(string pathAndQuery) => await Http.GetStringAsync(new Uri(Address, pathAndQuery));

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Keep(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task WaitReadyAsync(string readyPath)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(new Uri(Address, readyPath));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{process.StartInfo.FileName} did not become ready at {Address}{readyPath}:\n{Output}");
            }
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
