using System.Text;

namespace Strata.Web.Forwarding;

/// <summary>
/// A command's stdout or stderr inside the server: text is gathered and sent as one frame when a batch is full or the
/// command (or its logger, after every line) flushes, so a million-row CSV travels in large frames and a log line at once.
/// </summary>
internal sealed class FrameWriter(FrameStream stream, bool error) : TextWriter
{
    private const int Batch = 16 * 1024;

    private readonly StringBuilder pending = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            pending.Append(value);
            SendIfFull();
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            pending.Append(value);
            SendIfFull();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (gate)
        {
            pending.Append(buffer);
            SendIfFull();
        }
    }

    public override void Flush()
    {
        lock (gate)
        {
            SendPending();
        }
    }

    private void SendIfFull()
    {
        if (pending.Length >= Batch)
        {
            SendPending();
        }
    }

    private void SendPending()
    {
        if (pending.Length == 0)
        {
            return;
        }
        var text = pending.ToString();
        pending.Clear();
        stream.Send(error ? new CliFrame(Err: text) : new CliFrame(Out: text));
    }
}
