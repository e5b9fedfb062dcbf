using Strata.Pipeline;

namespace Strata.Warehouse.Daily;

/// <summary>
/// Transform, inside ClickHouse: checks every landed row against its table's contract, keeps the latest
/// version of each key (deterministically), converts the survivors to the warehouse types, and quarantines
/// the rows that break a rule, with their reasons. Dimensions first: the sales checks look keys up in them.
/// </summary>
internal sealed class TransformStep : IStep<DailyRun>
{
    private const string Folder = "warehouse/daily/transform/";

    public string Name => "transform";

    public async Task<StepRows> RunAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ResumeAsync(cancellationToken);
        foreach (var table in (string[])["customers", "products"])
        {
            await run.ExecuteAsync($"{Folder}{table}.sql", cancellationToken, ("loaded_at", run.ExtractStartedAt));
        }
        var surplus = await run.QueryAsync(Folder + "surplus_rows.sql", row => row.Number("surplus_rows"), cancellationToken);
        if (surplus[0] > 0)
        {
            // Only a landing with repeated keys pays for finding them; the sales then keep their latest versions.
            await run.ExecuteAsync(Folder + "duplicate_keys.sql", cancellationToken);
        }
        await run.ExecuteAsync(Folder + "sales.sql", cancellationToken, ("loaded_at", run.ExtractStartedAt));
        await run.ReadAccountsAsync(cancellationToken);
        if (run.Accounts.Any(account => account.Loaded != account.Read))
        {
            // Only when some landed row was not loaded is there anything to set aside or quarantine: when
            // every table loaded as many rows as it read, every row was valid and the only version of its key,
            // and two more scans of the checks over the whole extract are skipped.
            await run.ExecuteAsync(Folder + "set_aside.sql", cancellationToken);
            await run.ExecuteAsync(Folder + "quarantine.sql", cancellationToken);
            await run.ReadAccountsAsync(cancellationToken);
        }
        await run.Options.Checkpoints.AtAsync("transformed", cancellationToken);

        foreach (var account in run.Accounts)
        {
            DailyLog.Account(run.Logger, account.Table, account.Read, account.Loaded, account.Duplicates, account.Quarantined);
        }
        return new StepRows(run.Accounts.Sum(a => a.Read), run.Accounts.Sum(a => a.Loaded));
    }
}
