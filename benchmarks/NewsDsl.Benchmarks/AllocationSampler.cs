using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Which types <c>Check</c> allocates, from the runtime's AllocationTick events (one per ~100 KB
/// allocated, with the type that crossed the threshold): <c>-- --alloc [all|off|contract|parse|bind]</c>.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);
    private bool _on;

    public static void Run(string mode, int iterations = 200)
    {
        using var sampler = new AllocationSampler();
        Stages.Loop(5, mode);
        sampler._on = true;
        Stages.Loop(iterations, mode);
        sampler._on = false;
        long total;
        lock (sampler._byType)
        {
            total = sampler._byType.Values.Sum();
            foreach (var (type, bytes) in sampler._byType.OrderByDescending(p => p.Value).Take(30))
            {
                Console.WriteLine($"  {100.0 * bytes / total,5:N1}%  {bytes / iterations,10:N0} B/iter  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        if (e.PayloadNames.IndexOf("AllocationKind") is var kind and >= 0 && Convert.ToInt32(e.Payload[kind]) == 1)
        {
            type = "(large object heap) " + type;
        }

        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_byType)
        {
            _byType[type] = _byType.TryGetValue(type, out var v) ? v + amount : amount;
        }
    }
}
