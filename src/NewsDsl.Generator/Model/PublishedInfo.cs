namespace NewsDsl.Generator.Model;

/// <summary>
/// A publication time as ticks and offset. Not a <see cref="System.DateTimeOffset"/>: its
/// equality ignores the offset, so a changed offset would leave stale generated code cached.
/// </summary>
internal sealed record PublishedInfo(long Ticks, long OffsetTicks);
