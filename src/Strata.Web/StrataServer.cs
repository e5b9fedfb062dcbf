using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Web.Dashboard;
using Strata.Web.Endpoints;
using Strata.Web.Scheduling;
using Strata.Web.Security;

namespace Strata.Web;

/// <summary>
/// `strata serve`: one process that owns the embedded ClickHouse store for its lifetime and hosts the scheduler and the
/// local API (the CLI's commands, /health, /metrics). It takes the store first, so a second server or a running command is named
/// and nothing starts; it leaves a lease in the store's folder while it listens, so commands go through it; on SIGTERM or
/// Ctrl+C it stops taking requests, lets the run in hand finish its step or abandon it, removes the lease and exits.
/// </summary>
public static class StrataServer
{
    /// <summary>How long a stop waits for a step in hand to finish (an embedded statement cannot be interrupted).</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    public static async Task<ServerStopped> RunAsync(ServerSetup setup, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var store = ServerLease.StoreDirectory(setup.Settings);
        // The embedded store first: a second server, or a command that has it open, is refused here by name before anything starts.
        await using var owned = store is null ? null : await ClickHouseEngines.OpenAsync(setup.Settings, cancellationToken);
        await using var raw = new PostgresDatabase(setup.Settings.Raw);
        var scheduler = setup.Options.Scheduler ? Scheduler.Create(setup.Settings, setup.Scheduling, raw, setup.Observers, setup.LoggerFactory) : null;
        await using var app = Build(setup, scheduler);
        await ListenAsync(app, setup.Options, cancellationToken);
        // The port Kestrel bound (the one asked for, or the one the system chose for --port 0).
        var url = setup.Options.LocalUrl(new Uri(app.Urls.First()).Port);
        var logger = setup.LoggerFactory.CreateLogger(typeof(StrataServer));
        if (store is not null)
        {
            new ServerLease(url, Environment.ProcessId, startedAt, setup.Options.Token is not null).Write(store);
            // Commands stop coming here the moment the server begins to stop; the ones in flight are cancelled with it.
            app.Lifetime.ApplicationStopping.Register(() => ServerLease.Remove(store));
        }
        app.Lifetime.ApplicationStopping.Register(() => ServerLog.Stopping(logger));
        ServerLog.Listening(logger, Environment.ProcessId, url, setup.Options.Token is not null,
            scheduler is null
                ? "off (--no-scheduler)"
                : string.Join(", ", scheduler.Pipelines.Select(p => $"{p.Name} '{p.Schedule.Cron}' {p.Schedule.TimeZone}")),
            store ?? "none (a ClickHouse server)");
        var connections = app.Services.GetRequiredService<DashboardConnections>();
        var identity = connections.Describe();
        if (connections.LeastPrivilege)
        {
            ServerLog.DashboardReadsAs(logger, identity);
        }
        else
        {
            ServerLog.DashboardReadsAsOwner(logger, identity);
        }
        await app.WaitForShutdownAsync(cancellationToken);
        return new ServerStopped("stopped", url, startedAt, DateTimeOffset.UtcNow);
    }

    private static WebApplication Build(ServerSetup setup, Scheduler? scheduler)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // The server logs where the CLI does (stderr, the journal under systemd), through the CLI's own logger factory.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(setup.LoggerFactory);
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(setup.Options.Address, setup.Options.Port));
        builder.Services.AddSingleton(setup.Settings).AddSingleton(setup.Execute).AddSingleton(setup.Metrics).AddSingleton(TimeProvider.System)
            .AddSingleton(DashboardConnections.From(setup.Settings));
        if (scheduler is not null)
        {
            builder.Services.AddSingleton(scheduler).AddHostedService<SchedulerService>();
        }
        var app = builder.Build();
        if (setup.Options.Token is { } token)
        {
            app.RequireBearerToken(token);
        }
        app.MapHealth();
        app.MapMetrics();
        app.MapCli();
        app.MapDashboard();
        return app;
    }

    private static async Task ListenAsync(WebApplication app, ServerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException busy)
        {
            throw new StrataException($"strata serve cannot listen on {options.Address}:{options.Port} ({busy.Message}); "
                + "choose another port with --port.", busy);
        }
    }
}
