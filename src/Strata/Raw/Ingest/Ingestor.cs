using Microsoft.Extensions.Logging;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Sources;

namespace Strata.Raw.Ingest;

/// <summary>
/// Ingests input files into the raw tier: customers, then products, then sales (a sale's references must
/// exist first), each file atomically. A refused file is reported and skipped; the others still load.
/// </summary>
public sealed class Ingestor(PostgresDatabase database, ILogger logger, TimeProvider clock)
{
    /// <summary>Ingests <paramref name="files"/>; <paramref name="runId"/> marks their load_ledger rows (the pipeline run's id).</summary>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> files, IngestFormat format, Guid runId, IProgress<double> bytesDone, CancellationToken cancellationToken)
    {
        IngestLog.Starting(logger, files.Count, format);
        await using var connection = await database.OpenAsync(cancellationToken);
        var session = new IngestSession(connection, runId, clock.GetUtcNow().UtcDateTime, logger);
        IFileLoader loader = format == IngestFormat.OnlineRetailII ? new OnlineRetailFileLoader(session) : new StrataFileLoader(session);
        var reports = new List<FileReport>();
        var planned = new List<(string Path, int Order)>();
        foreach (var path in files)
        {
            var order = await AttemptAsync<int?>(path, () => Task.FromResult<int?>(loader.LoadOrder(path, cancellationToken)), reports);
            if (order is { } place)
            {
                planned.Add((path, place));
            }
        }
        long done = 0;
        foreach (var (path, _) in planned.OrderBy(file => file.Order).ThenBy(file => Path.GetFileName(file.Path), StringComparer.Ordinal))
        {
            var before = done;
            var tables = await AttemptAsync(path, () => loader.LoadAsync(path, bytes => bytesDone.Report(before + bytes), cancellationToken), reports);
            if (tables is not null)
            {
                Loaded(Path.GetFileName(path), tables, reports);
                done += new FileInfo(path).Length;
            }
        }
        return new IngestReport(reports);
    }

    /// <summary>
    /// Runs one step on one file; a refusal, or a file the system cannot read (a symlink loop, a file gone or unreadable), is
    /// reported by name and the run goes on with the next file. A lost connection stops the run, naming the file it cut off.
    /// </summary>
    private async Task<T?> AttemptAsync<T>(string path, Func<Task<T>> step, List<FileReport> reports)
    {
        try
        {
            return await step();
        }
        catch (Exception lost) when (ConnectionFailure.Is(lost))
        {
            throw new StrataException($"{Path.GetFileName(path)}: {ConnectionFailure.Describe(lost)}", lost);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            Refuse(new FileRefusedException(Path.GetFileName(path), $"cannot be read ({unreadable.Message})", unreadable), reports);
            return default;
        }
        catch (FileRefusedException refused)
        {
            Refuse(refused, reports);
            return default;
        }
    }

    private void Refuse(FileRefusedException refused, List<FileReport> reports)
    {
        IngestLog.FileRefused(logger, refused.FileName, refused.Problem);
        reports.Add(FileReport.Refused(refused));
    }

    private void Loaded(string file, IReadOnlyDictionary<string, TableCounts> tables, List<FileReport> reports)
    {
        foreach (var (table, counts) in tables)
        {
            IngestLog.TableLoaded(logger, file, table, counts.Read, counts.Loaded, counts.Duplicates, counts.Quarantined);
        }
        reports.Add(FileReport.Loaded(file, tables));
    }
}
