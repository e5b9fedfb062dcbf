using Npgsql;
using Strata.Diagnostics;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// The rule historical_products and historical_customers keep (decision 0010, validity_rule.sql): every valid_from and
/// valid_to is a UTC month start, -infinity or infinity, as the SCD2 merge writes them, so the sales of a month meet the
/// versions valid at its first instant and no other, and the summaries join them by equality. A CHECK on each table
/// holds it; an archive made before the rule gains the CHECK in prepare, unless rows written by hand break it.
/// </summary>
public static class VersionValidity
{
    /// <summary>Adds each table's CHECK where it is missing; refuses, naming the tables and their keys, when rows break the rule.</summary>
    public static async Task EnsureAsync(ArchiveStatements statements, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var missing = new List<ArchiveDimension>();
        foreach (var dimension in ArchiveDimension.All)
        {
            if (!await IsCheckedAsync(statements, connection, dimension, cancellationToken))
            {
                missing.Add(dimension);
            }
        }
        var breaking = new List<string>();
        foreach (var dimension in missing)
        {
            // ALTER TABLE would take this lock anyway: taken first, no row written by hand between the look and the ALTER
            // can fail the ALTER with a bare check violation instead of the message below.
            await connection.ExecuteAsync($"LOCK TABLE {dimension.History} IN ACCESS EXCLUSIVE MODE", cancellationToken);
            breaking.AddRange(await BreakingVersionsAsync(statements, connection, dimension, cancellationToken));
        }
        if (breaking.Count > 0)
        {
            throw new StrataException($"{string.Join("; ", breaking)}. The monthly summaries count each month's sales under the versions valid at "
                + "its first instant, which is right only while versions change at month starts, as the monthly run writes them. Set each "
                + "valid_from and valid_to to the UTC month start the change belongs to (or delete the version), then run the month again.");
        }
        foreach (var dimension in missing)
        {
            await connection.ExecuteAsync(statements.AddValidityCheck(dimension), cancellationToken);
        }
    }

    /// <summary>Stops the summaries on an archive whose tables lack the CHECK (a step run without prepare after an upgrade).</summary>
    public static async Task RequireAsync(ArchiveStatements statements, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var dimension in ArchiveDimension.All)
        {
            if (!await IsCheckedAsync(statements, connection, dimension, cancellationToken))
            {
                throw new StrataException($"{dimension.History} lacks its check {dimension.ValidityCheck}, which the monthly summaries rely on: "
                    + "run the month's prepare step first (strata run monthly --month M --step prepare, or the whole month).");
            }
        }
    }

    private static async Task<bool> IsCheckedAsync(ArchiveStatements statements, NpgsqlConnection connection, ArchiveDimension dimension,
        CancellationToken cancellationToken) =>
        await connection.ScalarAsync<bool>(statements.ValidityChecked(), cancellationToken,
            ("history", dimension.History), ("check", dimension.ValidityCheck));

    /// <summary>"historical_customers holds 2 version(s) that ... (customer_id 5 from ... to ...; ...)", or nothing when none does.</summary>
    private static async Task<IEnumerable<string>> BreakingVersionsAsync(ArchiveStatements statements, NpgsqlConnection connection,
        ArchiveDimension dimension, CancellationToken cancellationToken)
    {
        var first = await connection.ReadAsync(statements.ValidityViolations(dimension), reader =>
            (Version: $"{dimension.Key} {reader.Column<string>("key")} from {reader.Column<string>("valid_from")} to {reader.Column<string>("valid_to")}",
                Count: reader.Column<long>("breaking")), cancellationToken);
        return first.Count == 0
            ? []
            : [$"{dimension.History} holds {first[0].Count} version(s) that do not start and end at a UTC month start "
                + $"({string.Join("; ", first.Select(b => b.Version))}, UTC)"];
    }
}
