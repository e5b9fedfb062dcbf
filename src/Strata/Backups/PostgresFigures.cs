using Npgsql;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Backups;

/// <summary>The figures of every table of a PostgreSQL database (sql/backup/postgres/table_figures.sql).</summary>
internal static class PostgresFigures
{
    public static Task<List<TableFigures>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ReadAsync(SqlCatalog.Read("backup/postgres/table_figures.sql"),
            reader => new TableFigures(reader.Column<string>("name"), reader.Column<long>("rows"), reader.Column<string>("checksum")),
            cancellationToken);
}
