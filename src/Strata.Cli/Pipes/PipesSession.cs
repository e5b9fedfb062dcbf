using System.Text.Json;
using Strata.Quality;

namespace Strata.Cli.Pipes;

/// <summary>
/// This process's Dagster Pipes session (protocol 0.1, the dagster-pipes package's): when Dagster launched the CLI
/// (PipesSubprocessClient sets DAGSTER_PIPES_CONTEXT and DAGSTER_PIPES_MESSAGES), "opened" goes out first, then log
/// lines, asset materializations and asset check results as the command works, and "closed" last, carrying the
/// exception when the command failed. Without those variables there is no session and nothing changes.
/// </summary>
internal sealed class PipesSession
{
    public const string ProtocolVersion = "0.1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock gate = new();
    private readonly PipesChannel channel;
    private readonly IReadOnlyList<string>? assetKeys;
    private PipesException? failure;
    private bool closed;

    private PipesSession(PipesChannel channel, IReadOnlyList<string>? assetKeys)
    {
        this.channel = channel;
        this.assetKeys = assetKeys;
    }

    /// <summary>The session Dagster asked for, "opened" already sent; null when the process was not launched through Pipes.</summary>
    public static PipesSession? Open(Func<string, string?> variable, TextWriter stdout, TextWriter stderr)
    {
        if (variable(PipesParameters.ContextVariable) is not { Length: > 0 } context)
        {
            return null;
        }
        var messages = variable(PipesParameters.MessagesVariable) is { Length: > 0 } given
            ? PipesParameters.Decode(given, PipesParameters.MessagesVariable)
            : throw new Diagnostics.StrataException($"{PipesParameters.ContextVariable} is set but {PipesParameters.MessagesVariable} is not.");
        var data = PipesContextData.Load(PipesParameters.Decode(context, PipesParameters.ContextVariable));
        var session = new PipesSession(PipesChannel.Open(messages, stdout, stderr), data.AssetKeys);
        session.Send("opened", new OpenedParams(new Dictionary<string, object>()));
        return session;
    }

    /// <summary>
    /// Whether Dagster launched this process for <paramref name="assetKey"/>: a report of any other asset would fail the
    /// Dagster step, so only the keys the context names are reported (every key when it names none).
    /// </summary>
    public bool Targets(string assetKey) => assetKeys is null || assetKeys.Contains(assetKey);

    public void Log(string level, string message) => Send("log", new LogParams(message, level));

    public void ReportMaterialization(string assetKey, IReadOnlyDictionary<string, PipesMetadataValue> metadata) =>
        Send("report_asset_materialization", new MaterializationParams(assetKey, null, metadata));

    public void ReportCheck(string assetKey, CheckResult check) => Send("report_asset_check", new AssetCheckParams(
        assetKey, check.Name, check.Passed, check.Severity == Severity.Error ? "ERROR" : "WARN",
        new Dictionary<string, PipesMetadataValue>
        {
            ["dataset"] = PipesMetadataValue.Text(check.Dataset),
            ["observed"] = PipesMetadataValue.Text(check.Observed),
            ["expected"] = PipesMetadataValue.Text(check.Expected),
            ["failing_rows"] = PipesMetadataValue.Int(check.FailingRows),
        }));

    /// <summary>Records why the command failed, for "closed"; the first reason is the one reported.</summary>
    public void Fail(PipesException reason)
    {
        lock (gate)
        {
            failure ??= reason;
        }
    }

    /// <summary>Sends "closed", with the recorded failure, or with the exit code's when a failed command recorded none; nothing is sent after it.</summary>
    public void Close(int exitCode)
    {
        if (exitCode != 0)
        {
            Fail(PipesException.Of("StrataCommandFailed", $"strata exited with {exitCode}."));
        }
        Send("closed", new ClosedParams(exitCode == 0 ? null : failure));
        lock (gate)
        {
            closed = true;
        }
    }

    private void Send(string method, object parameters)
    {
        var line = JsonSerializer.Serialize(new PipesMessage(ProtocolVersion, method, parameters), Json);
        lock (gate)
        {
            if (!closed)
            {
                channel.Write(line);
            }
        }
    }
}
