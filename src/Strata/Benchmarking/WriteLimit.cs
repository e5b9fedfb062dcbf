using System.Diagnostics;

namespace Strata.Benchmarking;

/// <summary>
/// The generator's raw limit: the bytes of the files it streamed (the sales and their returns) written into new files
/// (read back from the page cache, where the generator just left them): how fast this machine takes CSV of that size
/// at all, before any row is made. The copies are deleted afterwards.
/// </summary>
internal static class WriteLimit
{
    private const int BufferSize = 1 << 16;

    public static async Task<TimeSpan> MeasureAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var elapsed = TimeSpan.Zero;
        foreach (var file in files)
        {
            elapsed += await MeasureAsync(file, cancellationToken);
        }
        return elapsed;
    }

    private static async Task<TimeSpan> MeasureAsync(string file, CancellationToken cancellationToken)
    {
        var copy = file + ".write-limit";
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan))
            await using (var target = new FileStream(copy, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize))
            {
                await source.CopyToAsync(target, BufferSize, cancellationToken);
            }
            return clock.Elapsed;
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
