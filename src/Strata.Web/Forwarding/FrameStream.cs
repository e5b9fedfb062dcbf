using System.Text;
using System.Threading.Channels;

namespace Strata.Web.Forwarding;

/// <summary>
/// Carries a command's stdout and stderr to its caller as <see cref="CliFrame"/>s while it runs. The command's writers
/// hand frames to one pump that writes them to the response; the queue between them is bounded, so a slow caller slows
/// the command down rather than filling the server's memory. A caller gone away is noticed once: the pump then drops
/// what comes, so the command is never stuck on a full queue while it stops (its token is cancelled by the same event).
/// </summary>
internal sealed class FrameStream
{
    private readonly Channel<CliFrame> frames = Channel.CreateBounded<CliFrame>(new BoundedChannelOptions(64) { SingleReader = true });
    private readonly Stream body;
    private readonly Task pump;

    public FrameStream(Stream body)
    {
        this.body = body;
        pump = PumpAsync();
        Output = new FrameWriter(this, error: false);
        Error = new FrameWriter(this, error: true);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Sends what the writers still hold, then the exit code, and waits until the last frame is written.</summary>
    public async Task CompleteAsync(int exitCode)
    {
        Output.Flush();
        Error.Flush();
        await frames.Writer.WriteAsync(new CliFrame(Exit: exitCode));
        frames.Writer.Complete();
        await pump;
    }

    /// <summary>Queues a frame, waiting while the queue is full (the writers' callers are synchronous).</summary>
    internal void Send(CliFrame frame)
    {
        if (!frames.Writer.TryWrite(frame))
        {
            frames.Writer.WriteAsync(frame).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task PumpAsync()
    {
        var broken = false;
        await foreach (var frame in frames.Reader.ReadAllAsync())
        {
            if (broken)
            {
                continue;
            }
            try
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(frame.ToLine() + "\n"));
                // Frames that queued up meanwhile go out together; the caller sees each batch as soon as it is written.
                if (!frames.Reader.TryPeek(out _))
                {
                    await body.FlushAsync();
                }
            }
            catch (Exception gone) when (gone is IOException or OperationCanceledException or ObjectDisposedException)
            {
                broken = true;
            }
        }
    }
}
