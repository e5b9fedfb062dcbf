namespace Strata.Archive;

/// <summary>
/// Every statement the archive runs, rendered for one dialect. The monthly steps take their SQL from here, and
/// the snapshot tests compare the same strings with the checked-in expected DDL of each dialect.
/// </summary>
public sealed class ArchiveStatements(ArchiveSql sql)
{
    public ArchiveDialect Dialect => sql.Dialect;

    /// <summary>Every archive table: the dimensions and bookkeeping first (Greenplum 6 records its first partitions there), then historical_sales.</summary>
    public string CreateTables(ArchiveMonth first, ArchiveMonth last) => CreateDimensions(first, last) + "\n" + CreateSales(first, last);

    /// <summary>The version tables with their validity CHECKs, the stage tables, archive_months.</summary>
    public string CreateDimensions(ArchiveMonth first, ArchiveMonth last) =>
        string.Join("\n", [sql.Render("create_dimensions.sql", ArchiveTemplateValues.Schema(first, last)), .. ArchiveDimension.All.Select(AddValidityCheck)]);

    public string CreateSales(ArchiveMonth first, ArchiveMonth last) => sql.Render("create_sales.sql", ArchiveTemplateValues.Schema(first, last));

    /// <summary>historical_returns and stage_returns, created when missing (<see cref="ArchiveSchema"/>).</summary>
    public string CreateReturns() => sql.Render("create_returns.sql", ArchiveTemplateValues.Returns());

    /// <summary>historical_sales_by_customer_month and historical_sales_by_product_month, created when missing (<see cref="ArchiveSchema"/>).</summary>
    public string CreateSummaries() => sql.Render("create_summaries.sql", ArchiveTemplateValues.Summaries());

    public string MonthsToSummarize() => sql.Read("months_to_summarize.sql");

    public string SummarizeMonth(ArchiveMonth month) => sql.Render("summarize_month.sql", ArchiveTemplateValues.Month(month));

    public string SummaryMismatches(ArchiveMonth month) => sql.Render("summary_mismatches.sql", ArchiveTemplateValues.Month(month));

    public string SummaryRows(ArchiveMonth month) => sql.Render("summary_rows.sql", ArchiveTemplateValues.Month(month));

    public string TruncateStageReturns() => sql.Read("truncate_stage_returns.sql");

    public string ReplaceMonthReturns(ArchiveMonth month) => sql.Render("replace_month_returns.sql", ArchiveTemplateValues.Month(month));

    public string AddPartition(ArchiveMonth month) => sql.Render("add_partition.sql", ArchiveTemplateValues.Month(month));

    public string PartitionRecorded() => sql.Read("partition_recorded.sql");

    public string RecordPartition() => sql.Read("record_partition.sql");

    public string DropStaging(ArchiveMonth month) => sql.Render("drop_staging.sql", ArchiveTemplateValues.Month(month));

    public string CreateStaging(ArchiveMonth month) => sql.Render("create_staging.sql", ArchiveTemplateValues.Month(month));

    /// <summary>The binary COPY into a month's staging table, without its header comment (Npgsql needs the text to start with COPY).</summary>
    public string CopyStaging(ArchiveMonth month) => WithoutComments(sql.Render("copy_staging.sql", ArchiveTemplateValues.Month(month)));

    public string SwapMonth(ArchiveMonth month) => sql.Render("swap_month.sql", ArchiveTemplateValues.Month(month));

    public string RecordMonth() => sql.Read("record_month.sql");

    public string UtcDefaultIsSet() => sql.Read("utc_default_is_set.sql");

    public string SetUtcDefault() => sql.Read("set_utc_default.sql");

    public string TruncateStageDimensions() => sql.Read("truncate_stage_dimensions.sql");

    /// <summary>The CHECK that keeps a version table to the validity rule (validity_rule.sql, decision 0010).</summary>
    public string AddValidityCheck(ArchiveDimension dimension) => sql.Render("add_validity_check.sql", ValidityValues(dimension));

    /// <summary>The first versions that break the validity rule, which stop prepare from adding the CHECK.</summary>
    public string ValidityViolations(ArchiveDimension dimension) => sql.Render("validity_violations.sql", ValidityValues(dimension));

    public string ValidityChecked() => sql.Read("validity_checked.sql");

    public string Scd2Merge(ArchiveDimension dimension) => sql.Render("scd2_merge.sql", ArchiveTemplateValues.Scd2(dimension));

    /// <summary>Per-day figures of every row in the month's staging table (no range: a stray row shows up as an extra day).</summary>
    public string StagedDayFigures(ArchiveMonth month) =>
        sql.Render("day_figures.sql", ArchiveTemplateValues.DayFigures(StagingTable.NameOf(month), "'-infinity'", "'infinity'"));

    /// <summary>Per-day figures of the month as readers of historical_sales see it.</summary>
    public string ArchivedDayFigures(ArchiveMonth month) =>
        sql.Render("day_figures.sql", ArchiveTemplateValues.DayFigures("historical_sales", month.StartLiteral, month.EndLiteral));

    /// <summary>The rule goes inside other statements (a CHECK, a WHERE) without its explanation, which its own file keeps.</summary>
    private Dictionary<string, string> ValidityValues(ArchiveDimension dimension) =>
        ArchiveTemplateValues.Validity(dimension, WithoutComments(sql.Read("validity_rule.sql")).TrimEnd());

    private static string WithoutComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));
}
