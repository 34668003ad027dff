using MediaSuite.Components.Shared;

namespace MediaSuite.Tests.Components;

public class ByteSizeTests
{
    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(8704L, "8.5 KiB")]
    [InlineData(5L << 20, "5 MiB")]
    [InlineData((3L << 30) / 2, "1.5 GiB")]
    [InlineData(2L << 40, "2 TiB")]
    public void Format_PicksTheUnitPeopleRead(long bytes, string expected) => Assert.Equal(expected, ByteSize.Format(bytes));
}
