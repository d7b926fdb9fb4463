using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>
/// Which process wrote an interaction into a pact file: its id and start time (ids are reused,
/// start times tell a live writer from an earlier one that had the same id).
/// </summary>
internal sealed record PactWriter(int ProcessId, long StartedTicks, string Name)
{
    internal static readonly PactWriter Current = OfCurrentProcess();

    /// <summary>Whether the writer is still running (this process included).</summary>
    internal bool IsAlive
    {
        get
        {
            if (this == Current)
            {
                return true;
            }

            try
            {
                using var process = Process.GetProcessById(ProcessId);
                // Start times are derived from the boot time on each read and may differ by a tick or so; a reused id starts much later.
                return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - StartedTicks) < TimeSpan.TicksPerSecond;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                return false;
            }
        }
    }

    public override string ToString() => $"process {ProcessId} ({Name}, started {new DateTime(StartedTicks, DateTimeKind.Utc):HH:mm:ss}Z)";

    internal JsonObject ToJson() => new() { ["pid"] = ProcessId, ["started"] = StartedTicks, ["name"] = Name };

    internal static PactWriter? FromJson(JsonNode? node) =>
        node is JsonObject json && json["pid"] is JsonValue pid && pid.TryGetValue(out int id) && json["started"] is JsonValue started && started.TryGetValue(out long ticks)
            ? new PactWriter(id, ticks, json["name"] is JsonValue name && name.TryGetValue(out string? text) ? text : "?")
            : null;

    private static PactWriter OfCurrentProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new PactWriter(process.Id, process.StartTime.ToUniversalTime().Ticks, process.ProcessName);
    }
}
