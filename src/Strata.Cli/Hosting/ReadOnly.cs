using Npgsql;
using Strata.ClickHouse;
using Strata.Diagnostics;

namespace Strata.Cli.Hosting;

/// <summary>A query refused because `strata query` runs read-only: the store's refusal, and how to opt in.</summary>
internal static class ReadOnly
{
    /// <summary>ClickHouse's READONLY error code.</summary>
    private const int ClickHouseReadOnly = 164;

    public static async Task<T> ExplainAsync<T>(Task<T> query)
    {
        try
        {
            return await query;
        }
        catch (Exception refused) when (refused is PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }
            or ClickHouseException { Code: ClickHouseReadOnly })
        {
            throw new StrataException($"{refused.Message.Trim()} (strata query runs read-only: add --write to change data, "
                + "or on ClickHouse to use file() and postgresql())", refused);
        }
    }
}
