using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediaSuite.Infrastructure.Persistence;

/// <summary>Stores a moment as UTC ticks; the offset is not kept (all server times are UTC).</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
