using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Defects;

/// <summary>
/// Sits between a table's generator and its CSV file: about <c>rate</c> of the genuine rows get one defect each
/// (a kind drawn evenly from the table's kinds), and every defect is counted. Copies that must appear later are
/// held back until the next batch ends (at most a thousand), so memory stays flat.
/// </summary>
internal sealed class DefectInjector(CsvTableWriter writer, TableDefects defects, double rate, Random random) : IRowSink, IDisposable
{
    private const int MaxHeldBack = 1024;

    private readonly Queue<string[]> heldBack = new();
    private readonly long[] counts = new long[DefectKinds.All.Count];
    private long genuine;

    public void Write(string[] row)
    {
        genuine++;
        if (rate == 0 || random.NextDouble() >= rate)
        {
            writer.Write(row);
            return;
        }
        var kind = defects.Kinds[random.Next(defects.Kinds.Count)];
        counts[(int)kind]++;
        var copy = (string[])row.Clone();
        if (kind != DefectKind.ExactDuplicate)
        {
            defects.Apply(kind, copy, random);
        }
        switch (kind.Placement())
        {
            case DefectPlacement.InPlace:
                writer.Write(copy);
                break;
            case DefectPlacement.LaterCopy:
                writer.Write(row);
                heldBack.Enqueue(copy);
                if (heldBack.Count >= MaxHeldBack)
                {
                    EndOfBatch();
                }
                break;
            default:
                writer.Write(row);
                writer.Write(copy);
                break;
        }
    }

    public void EndOfBatch()
    {
        while (heldBack.TryDequeue(out var row))
        {
            writer.Write(row);
        }
    }

    public TableOutput Complete()
    {
        EndOfBatch();
        writer.Complete();
        var perKind = defects.Kinds.ToDictionary(kind => kind.Name(), kind => counts[(int)kind]);
        return new TableOutput(System.IO.Path.GetFullPath(writer.Path), writer.Rows, genuine, perKind);
    }

    public void Dispose() => writer.Dispose();
}
