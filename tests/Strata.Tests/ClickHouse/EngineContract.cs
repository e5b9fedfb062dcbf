using System.Numerics;
using Strata.ClickHouse;
using Strata.Querying;

namespace Strata.Tests.ClickHouse;

/// <summary>
/// What every ClickHouse engine must do the same way, checked against the embedded engine always and against a
/// server when STRATA_CLICKHOUSE_TEST_URL names one.
/// </summary>
internal static class EngineContract
{
    public static async Task<List<object?[]>> RowsAsync(IClickHouseEngine engine, string sql, ClickHouseParameters? parameters = null)
    {
        await using var result = await engine.QueryAsync(sql, parameters, CancellationToken.None);
        return await ReadAllAsync(result);
    }

    public static async Task<List<object?[]>> ReadAllAsync(TabularResult result)
    {
        var rows = new List<object?[]>();
        await foreach (var row in result.Rows)
        {
            rows.Add(row);
        }
        return rows;
    }

    public static async Task ErrorsCarryCodeAndNameAsync(IClickHouseEngine engine)
    {
        var unknownTable = await Assert.ThrowsAsync<ClickHouseException>(() => RowsAsync(engine, "SELECT * FROM no_such_table"));
        Assert.Equal(60, unknownTable.Code);
        Assert.Equal("UNKNOWN_TABLE", unknownTable.Name);
        Assert.Contains("no_such_table", unknownTable.Detail, StringComparison.Ordinal);
        Assert.StartsWith("ClickHouse error 60 (UNKNOWN_TABLE): ", unknownTable.Message, StringComparison.Ordinal);

        var syntax = await Assert.ThrowsAsync<ClickHouseException>(() => engine.ExecuteAsync("CREATE TABLEX nope", null, CancellationToken.None));
        Assert.Equal(62, syntax.Code);
        Assert.Equal("SYNTAX_ERROR", syntax.Name);
    }

    /// <summary>Values of every kind Strata binds, each with the placeholder type it binds to.</summary>
    public static TheoryData<string, object?> BoundValues => new()
    {
        { "String", "tab\there, newline\nthere, back\\slash, quote' and \"double\", nul\0, \\N, ünïcødé ✓" },
        { "String", "'); DROP TABLE fact_sales; --" },
        { "String", "" },
        { "Nullable(String)", null },
        { "Nullable(Int32)", null },
        { "Int64", long.MinValue },
        { "UInt64", ulong.MaxValue },
        { "Int16", (short)-32768 },
        { "Decimal(12, 2)", -9999999999.99m },
        { "Decimal(12, 2)", 0.01m },
        { "Float64", 0.1 },
        { "Bool", true },
        { "DateTime64(6, 'UTC')", new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_560) },
        { "DateTime64(6, 'UTC')", new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990) },
        { "DateTime64(6, 'UTC')", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
        { "Date32", new DateOnly(1900, 1, 1) },
        { "Date32", new DateOnly(2299, 12, 31) },
        { "UUID", new Guid("61f0c404-5cb3-11e7-907b-a6006ad3dba0") },
    };

    public static async Task ParameterBindsExactlyAsync(IClickHouseEngine engine, string type, object? value)
    {
        var rows = await RowsAsync(engine, $"SELECT {{value:{type}}} AS value", new ClickHouseParameters { ["value"] = value });

        Assert.Equal(value, Assert.Single(rows)[0]);
    }

    public static async Task ArraysBindAsync(IClickHouseEngine engine)
    {
        var rows = await RowsAsync(engine, "SELECT {ids:Array(Int64)} AS ids, {names:Array(Nullable(String))} AS names",
            new ClickHouseParameters { ["ids"] = new long[] { 1, -2, long.MaxValue }, ["names"] = new[] { "a'b", null, "c\\d" } });

        var row = Assert.Single(rows);
        Assert.Equal(new object?[] { 1L, -2L, long.MaxValue }, row[0]);
        Assert.Equal(new object?[] { "a'b", null, "c\\d" }, row[1]);
    }

    /// <summary>One query returning a value of every type a Strata table or report uses, each with its exact .NET value.</summary>
    public static async Task TypesDecodeAsync(IClickHouseEngine engine)
    {
        var expected = new (string Sql, object? Value)[]
        {
            ("toDecimal64('12345678901234.56', 2)", 12345678901234.56m),
            ("toDecimal128('-123456789012345678901234567.89', 2)", -123456789012345678901234567.89m),
            ("CAST('-0.01' AS Decimal(12, 2))", -0.01m),
            ("sum(toDecimal64('0.10', 2)) OVER ()", 0.10m),
            ("toDateTime64('2024-02-29 23:59:59.123456', 6, 'UTC')", new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_560)),
            ("toDateTime64('2024-07-01 09:00:00.000001', 6, 'Asia/Tokyo')", new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(10)),
            ("toDateTime64('1969-12-31 23:59:59.999999999', 9, 'UTC')", new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999)),
            ("toDateTime('2038-01-19 03:14:08', 'UTC')", new DateTime(2038, 1, 19, 3, 14, 8, DateTimeKind.Utc)),
            ("toDate('2149-06-06')", new DateOnly(2149, 6, 6)),
            ("toDate32('1900-01-01')", new DateOnly(1900, 1, 1)),
            ("CAST(NULL AS Nullable(Int32))", null),
            ("CAST(7 AS Nullable(Int32))", 7),
            ("toLowCardinality('Zürich')", "Zürich"),
            ("CAST(NULL AS LowCardinality(Nullable(String)))", null),
            ("CAST('F' AS LowCardinality(Nullable(String)))", "F"),
            ("toInt8(-128)", (sbyte)-128),
            ("toInt16(-32768)", (short)-32768),
            ("toInt32(-2147483648)", int.MinValue),
            ("toInt64('-9223372036854775808')", long.MinValue),
            ("toUInt8(255)", (byte)255),
            ("toUInt64('18446744073709551615')", ulong.MaxValue),
            ("toInt128('-170141183460469231731687303715884105728')", Int128.MinValue),
            ("toUInt128('340282366920938463463374607431768211455')", UInt128.MaxValue),
            ("toInt256('-57896044618658097711785492504343953926634992332820282019728792003956564819968')", -(BigInteger.One << 255)),
            ("toFloat64(1.5)", 1.5),
            ("toFloat32(0.25)", 0.25f),
            ("true", true),
            ("toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0')", new Guid("61f0c404-5cb3-11e7-907b-a6006ad3dba0")),
            ("CAST('b' AS Enum8('a' = 1, 'b' = 2))", "b"),
            ("toFixedString('ab', 2)", "ab"),
            ("[1, 2, 3]::Array(Int32)", new object?[] { 1, 2, 3 }),
            ("NULL", null),
        };
        var sql = "SELECT " + string.Join(", ", expected.Select((e, i) => $"{e.Sql} AS c{i}"));

        await using var result = await engine.QueryAsync(sql, null, CancellationToken.None);
        var row = Assert.Single(await ReadAllAsync(result));

        Assert.Equal(expected.Select((_, i) => $"c{i}"), result.Columns);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Equals(expected[i].Value, row[i]) || (expected[i].Value is object?[] array && array.SequenceEqual((object?[])row[i]!)),
                $"{expected[i].Sql}: expected {Describe(expected[i].Value)}, got {Describe(row[i])}");
            if (row[i] is DateTime instant)
            {
                Assert.Equal(DateTimeKind.Utc, instant.Kind);
            }
        }
    }

    /// <summary>Generated rows plus hostile ones go in through the bulk insert and come back value for value.</summary>
    public static async Task BulkInsertRoundTripsAsync(IClickHouseEngine engine)
    {
        await engine.ExecuteAsync("""
            CREATE TABLE bulk (id Int64, at DateTime64(6, 'UTC'), money Decimal(12, 2), note Nullable(String),
                               day Date32, tags Array(String), flag Bool, region LowCardinality(Nullable(String)))
            ENGINE = MergeTree ORDER BY id
            """, null, CancellationToken.None);
        object?[][] edges =
        [
            [
                -1L, new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc), -9_999_999_999.99m, "tab\there\nnewline\\ \\N nul\0 ✓",
                new DateOnly(1900, 1, 1), new object?[] { "a'b", "" }, true, null,
            ],
            [
                -2L, new DateTime(2299, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990), 0.01m, null,
                new DateOnly(2299, 12, 31), Array.Empty<object?>(), false, "Zürich",
            ],
            [-3L, new DateTime(2024, 3, 31, 23, 59, 59, DateTimeKind.Utc), 1.10m, "\\N", new DateOnly(2024, 2, 29), new object?[] { "x\ty" }, true, "CH"],
        ];
        const int generated = 100_000;

        var written = await engine.InsertAsync("bulk", ["id", "at", "money", "note", "day", "tags", "flag", "region"], Rows(), CancellationToken.None);

        Assert.Equal(edges.Length + generated, written);
        var back = await RowsAsync(engine, "SELECT * FROM bulk WHERE id < 0 ORDER BY id DESC");
        Assert.Equal(edges, back);
        var totals = Assert.Single(await RowsAsync(engine, "SELECT count(), sum(id), sum(money) FROM bulk WHERE id >= 0"));
        Assert.Equal<object?>([(ulong)generated, (long)generated * (generated - 1) / 2, Enumerable.Range(0, generated).Sum(i => i % 1000 / 100m)], totals);

        async IAsyncEnumerable<object?[]> Rows()
        {
            foreach (var edge in edges)
            {
                yield return edge;
            }
            for (var i = 0; i < generated; i++)
            {
                yield return
                [
                    (long)i, DateTime.UnixEpoch.AddSeconds(i), i % 1000 / 100m, $"row {i}", new DateOnly(2024, 1, 1), new object?[] { "t" }, i % 2 == 0, null,
                ];
            }
            await Task.CompletedTask;
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
