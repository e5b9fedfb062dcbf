using System.Globalization;
using Strata.ClickHouse;
using Strata.Contracts;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Quality;

/// <summary>
/// The generic checks every table gets from its contract (dbt's generic tests): unique key, required values
/// present, numbers within range, text among the accepted values, references that resolve. On the raw tier
/// (sql/raw/checks/, severity warn: the daily transform quarantines what breaks the contract, so a bad raw row is
/// worth a warning, not a stop) and on the warehouse (sql/warehouse/checks/, severity error: they guard what the
/// daily load is about to swap in, so a failure stops the load and leaves ClickHouse untouched).
/// </summary>
public static class ContractChecks
{
    /// <summary>Each business table's warehouse table: the facts, the two dimensions.</summary>
    private static readonly Dictionary<string, string> WarehouseTables = new(StringComparer.Ordinal)
    {
        [RawTables.Sales.Name] = "fact_sales",
        [RawTables.Customers.Name] = "dim_customer",
        [RawTables.Products.Name] = "dim_product",
    };

    public static IEnumerable<DataCheck> Raw() => RawTables.All.SelectMany(table => Of(table, Tier.Raw));

    public static IEnumerable<DataCheck> Warehouse() => RawTables.All.SelectMany(table => Of(table, Tier.Warehouse));

    private enum Tier
    {
        Raw,
        Warehouse,
    }

    private static IEnumerable<DataCheck> Of(TableContract contract, Tier tier)
    {
        var table = tier == Tier.Raw ? contract.Name : WarehouseTables[contract.Name];
        var dataset = $"{(tier == Tier.Raw ? "raw" : "warehouse")}.{table}";
        var severity = tier == Tier.Raw ? Severity.Warn : Severity.Error;
        DataCheck Check(string kind, ColumnContract column, string description, Func<CheckScope, CancellationToken, Task<long>> failingRows, string expected) =>
            new($"{kind}_{table}_{column.Name}", dataset, severity, description, async (scope, ct) =>
            {
                var failing = await failingRows(scope, ct);
                return new CheckResult($"{kind}_{table}_{column.Name}", dataset, severity, failing == 0,
                    $"{failing.ToString("N0", CultureInfo.InvariantCulture)} failing row(s)", expected, failing);
            });

        var key = contract.Column(contract.Key);
        // ClickHouse counts an integer key's distinct values with a bitmap: uniqExact's hash set grows with the table.
        var uniqueQuery = tier == Tier.Warehouse && key.Kind is ValueKind.SmallInteger or ValueKind.Integer or ValueKind.BigInteger
            ? "unique_integer"
            : "unique";
        yield return Check("unique", key, $"{table}.{key.Name} names one row.",
            (scope, ct) => CountAsync(scope, tier, uniqueQuery, table, key.Name, ct), "no key twice");
        foreach (var column in contract.Columns)
        {
            if (column.Required && (tier == Tier.Raw || column.Kind == ValueKind.Text))
            {
                var kind = tier == Tier.Raw ? "not_null" : "not_empty";
                yield return Check(kind, column, $"Every {table} row has a {column.Name}.",
                    (scope, ct) => CountAsync(scope, tier, kind, table, column.Name, ct), "a value in every row");
            }
            if (column.Min is not null || column.Max is not null)
            {
                var (min, max) = (column.Min ?? decimal.MinValue, column.Max ?? decimal.MaxValue);
                yield return Check("accepted_range", column, $"{table}.{column.Name} lies within {Bounds(column)}.",
                    (scope, ct) => CountAsync(scope, tier, "accepted_range", table, column.Name, ct, ("min", min), ("max", max)), Bounds(column));
            }
            if (column.AllowedValues is { } values)
            {
                yield return Check("accepted_values", column, $"{table}.{column.Name} is one of {string.Join(", ", values)} (or missing).",
                    (scope, ct) => CountAsync(scope, tier, "accepted_values", table, column.Name, ct, ("values", values.ToArray())),
                    "one of " + string.Join(", ", values));
            }
            if (column.References is { } referenced)
            {
                var parent = RawTables.ByName(referenced);
                var parentTable = tier == Tier.Raw ? parent.Name : WarehouseTables[parent.Name];
                yield return Check("relationships", column, $"Every {table}.{column.Name} names a row of {parentTable}.",
                    (scope, ct) => CountAsync(scope, tier, "relationships", table, column.Name, ct, ("parent", parentTable), ("parent_key", parent.Key)),
                    $"every {column.Name} in {parentTable}");
            }
        }
    }

    private static string Bounds(ColumnContract column) => (column.Min, column.Max) switch
    {
        ({ } min, { } max) => $"{min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}",
        ({ } min, null) => $">= {min.ToString(CultureInfo.InvariantCulture)}",
        (null, { } max) => $"<= {max.ToString(CultureInfo.InvariantCulture)}",
        _ => "any value",
    };

    private static Task<long> CountAsync(
        CheckScope scope, Tier tier, string kind, string table, string column, CancellationToken cancellationToken, params (string Name,
            object Value)[] values) =>
        tier == Tier.Raw
            ? RawCountAsync(scope, kind, table, column, values, cancellationToken)
            : WarehouseCountAsync(scope, kind, table, column, values, cancellationToken);

    /// <summary>PostgreSQL takes no identifier parameters: table and column names (from the contract, never from input) fill the template.</summary>
    private static async Task<long> RawCountAsync(
        CheckScope scope, string kind, string table, string column, (string Name, object Value)[] values, CancellationToken cancellationToken)
    {
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal) { ["table"] = table, ["column"] = column };
        var parameters = new List<(string, object?)> { ("since", scope.RawSince) };
        foreach (var (name, value) in values)
        {
            if (value is string identifier)
            {
                identifiers[name] = identifier;
            }
            else
            {
                parameters.Add((name, value));
            }
        }
        var sql = SqlTemplate.Render(SqlCatalog.Read($"raw/checks/{kind}.sql"), identifiers);
        return await scope.Raw.ScalarAsync<long>(sql, cancellationToken, [.. parameters]);
    }

    private static async Task<long> WarehouseCountAsync(
        CheckScope scope, string kind, string table, string column, (string Name, object Value)[] values, CancellationToken cancellationToken)
    {
        var parameters = new ClickHouseParameters { ["table"] = scope.Relation(table), ["column"] = column };
        foreach (var (name, value) in values)
        {
            // Bounds compare as Float64 in ClickHouse (decimal.MinValue would not fit a double exactly, which is harmless for a bound).
            parameters[name] = value switch
            {
                decimal bound => (double)bound,
                string relation when name == "parent" => scope.Relation(relation),
                _ => value,
            };
        }
        await using var result = await scope.Warehouse.QueryAsync(SqlCatalog.Read($"warehouse/checks/{kind}.sql"), parameters, cancellationToken);
        return (await result.ReadAllAsync(row => row.Number("failing_rows"), cancellationToken)).Single();
    }
}
