namespace Strata.Cli.Output;

public enum ResultFormat
{
    Table,
    Csv,
    Json,
}
