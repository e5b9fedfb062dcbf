using Microsoft.Extensions.Logging;
using Npgsql;

namespace Strata.Raw.Ingest;

/// <summary>What every file of one ingest run shares: the connection, the run's id for the ledger, its clock reading and its log.</summary>
internal sealed record IngestSession(NpgsqlConnection Connection, Guid RunId, DateTime NowUtc, ILogger Logger);
