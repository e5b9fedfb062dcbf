using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// Listens to one <see cref="Meter"/> and keeps what Prometheus scrapes: per instrument and label set, a counter's sum, a
/// gauge's last value, a histogram's cumulative buckets, sum and count. Observable instruments are read when a snapshot
/// is taken. The one source of every export: /metrics, the textfile and the Pushgateway.
/// </summary>
public sealed class MetricsRegistry : IDisposable
{
    private readonly MeterListener listener = new();

    private readonly ConcurrentDictionary<Instrument, ConcurrentDictionary<Labels, Series>> series = new();

    private readonly Lock snapshotGate = new();

    public MetricsRegistry(Meter meter)
    {
        listener.InstrumentPublished = (instrument, own) =>
        {
            if (instrument.Meter == meter)
            {
                own.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Every instrument with its series, by name, observable instruments read now.</summary>
    public IReadOnlyList<InstrumentSnapshot> Snapshot()
    {
        lock (snapshotGate)
        {
            // Observable gauges report their whole state on each read: a label set they no longer report is gone.
            foreach (var observed in series.Keys.Where(instrument => instrument.IsObservable))
            {
                series[observed].Clear();
            }
            listener.RecordObservableInstruments();
            return [.. series.OrderBy(entry => entry.Key.Name, StringComparer.Ordinal).Select(entry => new InstrumentSnapshot(entry.Key, KindOf(entry.Key),
                [.. entry.Value.OrderBy(s => s.Key.Text, StringComparer.Ordinal).Select(s => s.Value.Read(s.Key))]))];
        }
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels.Of(tags);
        var bySet = series.GetOrAdd(instrument, _ => new ConcurrentDictionary<Labels, Series>());
        bySet.GetOrAdd(labels, _ => new Series(KindOf(instrument), BucketsOf(instrument))).Add(value);
    }

    private static MetricKind KindOf(Instrument instrument) => instrument switch
    {
        Histogram<double> => MetricKind.Histogram,
        Counter<long> or Counter<double> or ObservableCounter<long> or ObservableCounter<double> => MetricKind.Counter,
        _ => MetricKind.Gauge,
    };

    private static double[] BucketsOf(Instrument instrument) =>
        instrument is Histogram<double> { Advice.HistogramBucketBoundaries: { } boundaries } ? [.. boundaries] : [];

    /// <summary>One label set's running state.</summary>
    private sealed class Series(MetricKind kind, double[] buckets)
    {
        private readonly Lock gate = new();
        private readonly long[] bucketCounts = new long[buckets.Length];
        private double value;
        private long count;

        public void Add(double measurement)
        {
            lock (gate)
            {
                switch (kind)
                {
                    case MetricKind.Gauge:
                        value = measurement;
                        break;
                    case MetricKind.Counter:
                        value += measurement;
                        break;
                    default:
                        value += measurement;
                        count++;
                        for (var i = 0; i < buckets.Length; i++)
                        {
                            bucketCounts[i] += measurement <= buckets[i] ? 1 : 0;
                        }
                        break;
                }
            }
        }

        public SeriesSnapshot Read(Labels labels)
        {
            lock (gate)
            {
                return new SeriesSnapshot(labels.Pairs, value, count, [.. buckets.Zip(bucketCounts)]);
            }
        }
    }
}

public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}

/// <summary>An instrument's series at one moment.</summary>
public sealed record InstrumentSnapshot(Instrument Instrument, MetricKind Kind, IReadOnlyList<SeriesSnapshot> Series);

/// <summary>
/// One series: its labels; a counter's or gauge's value (a histogram's sum); a histogram's count and cumulative
/// (upper bound, observations at or below it) buckets.
/// </summary>
public sealed record SeriesSnapshot(IReadOnlyList<KeyValuePair<string, string>> Labels, double Value, long Count, IReadOnlyList<(double UpperBound,
    long Count)> Buckets);

/// <summary>A label set, ordered by name so the same labels in any order are one series.</summary>
internal sealed record Labels(IReadOnlyList<KeyValuePair<string, string>> Pairs, string Text)
{
    public static Labels Of(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add(new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new Labels(pairs, string.Join('\u0001', pairs.Select(pair => pair.Key + "\u0002" + pair.Value)));
    }

    public bool Equals(Labels? other) => other is not null && other.Text == Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
