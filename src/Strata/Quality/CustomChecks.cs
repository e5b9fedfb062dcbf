using System.Globalization;
using System.Text.RegularExpressions;
using Strata.ClickHouse;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Quality;

/// <summary>
/// Custom checks (dbt's singular tests): every file under sql/warehouse/checks/custom/ is a query that returns the
/// rows that break a rule; the check fails when it returns any. The file's header says the dataset it guards and
/// its severity (<c>-- dataset: warehouse.fact_sales</c>, <c>-- severity: error</c>), its other comment lines what it
/// asserts. Tables are written as <c>{fact_sales:Identifier}</c>, bound to the live table or its staging copy.
/// Adding a check is adding a file.
/// </summary>
public static partial class CustomChecks
{
    private const string Folder = "warehouse/checks/custom";

    public static IEnumerable<DataCheck> All() => SqlCatalog.List(Folder).Select(Load);

    private static DataCheck Load(string path)
    {
        var sql = SqlCatalog.Read(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var header = sql.Split('\n').TakeWhile(line => line.StartsWith("--", StringComparison.Ordinal)).Select(line => line[2..].Trim()).ToList();
        string Field(string field) => header.FirstOrDefault(line => line.StartsWith(field + ":", StringComparison.Ordinal))?[(field.Length + 1)..].Trim()
            ?? throw new InvalidOperationException($"{path} has no '-- {field}: ...' header line.");
        var dataset = Field("dataset");
        var severity = Enum.Parse<Severity>(Field("severity"), ignoreCase: true);
        var description = string.Join(' ', header.Where(line => !line.StartsWith("dataset:", StringComparison.Ordinal) && !line.StartsWith("severity:",
            StringComparison.Ordinal)));
        var check = new DataCheck(name, dataset, severity, description, (_, _) => throw new InvalidOperationException());
        return check with { EvaluateAsync = (scope, ct) => EvaluateAsync(check, sql, scope, ct) };
    }

    private static async Task<CheckResult> EvaluateAsync(DataCheck check, string sql, CheckScope scope, CancellationToken cancellationToken)
    {
        var parameters = new ClickHouseParameters();
        foreach (Match table in TableParameter().Matches(sql))
        {
            parameters[table.Groups[1].Value] = scope.Relation(table.Groups[1].Value);
        }
        await using var result = await scope.Warehouse.QueryAsync($"SELECT toInt64(count()) AS failing_rows FROM ({sql})", parameters, cancellationToken);
        var failing = (await result.ReadAllAsync(row => row.Number("failing_rows"), cancellationToken)).Single();
        return check.Result(failing, $"{failing.ToString("N0", CultureInfo.InvariantCulture)} failing row(s)", "none");
    }

    [GeneratedRegex(@"\{([a-z_]+):Identifier\}")]
    private static partial Regex TableParameter();
}
