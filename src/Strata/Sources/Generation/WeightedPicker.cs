namespace Strata.Sources.Generation;

/// <summary>
/// Picks index i with probability weight[i] / total by binary search over running totals. Reusable: a day's
/// customer weights are cleared and added again each morning without allocating.
/// </summary>
internal sealed class WeightedPicker(int capacity)
{
    private readonly double[] totals = new double[capacity];

    public int Count { get; private set; }

    public double Total => Count == 0 ? 0 : totals[Count - 1];

    public static WeightedPicker Of(IReadOnlyList<double> weights)
    {
        var picker = new WeightedPicker(weights.Count);
        foreach (var weight in weights)
        {
            picker.Add(weight);
        }
        return picker;
    }

    public void Clear() => Count = 0;

    public void Add(double weight)
    {
        totals[Count] = Total + weight;
        Count++;
    }

    public int Pick(Random random)
    {
        var target = random.NextDouble() * Total;
        // The first running total above the target; a zero weight never qualifies because its total equals its predecessor's.
        int low = 0, high = Count - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (totals[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }
}
