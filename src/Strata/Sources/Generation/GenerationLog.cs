using Microsoft.Extensions.Logging;

namespace Strata.Sources.Generation;

/// <summary>The generator's log messages, source-generated.</summary>
internal static partial class GenerationLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Generating {Customers} customers, {Products} products and {Sales} sales from {Start:yyyy-MM-dd} to {End:yyyy-MM-dd} "
            + "(seed {Seed}, defect rate {DefectRate}) into {Directory}")]
    public static partial void Generating(
        ILogger logger, int customers, int products, long sales, DateOnly start, DateOnly end, int seed, double defectRate, string directory);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Wrote {Rows} rows ({Genuine} genuine, {Defects} defects) to {File}")]
    public static partial void Wrote(ILogger logger, long rows, long genuine, long defects, string file);
}
