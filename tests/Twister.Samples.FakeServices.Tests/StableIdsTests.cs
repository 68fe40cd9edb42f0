namespace Twister.Samples.FakeServices.Tests;

public sealed class StableIdsTests
{
    [Fact]
    public void Ids_depend_only_on_seed_and_name_and_have_the_asked_shape()
    {
        Assert.Equal(StableIds.Hex(1, "user/0", 24), StableIds.Hex(1, "user/0", 24));
        Assert.NotEqual(StableIds.Hex(1, "user/0", 24), StableIds.Hex(2, "user/0", 24));
        Assert.NotEqual(StableIds.Hex(1, "user/0", 24), StableIds.Hex(1, "user/1", 24));
        Assert.Matches("^[0-9a-f]{24}$", StableIds.Hex(1, "x", 24));
        Assert.Matches("^[0-9a-v]{26}$", StableIds.Base32(1, "x", 26));
        Assert.Matches("^U[0-9A-V]{10}$", StableIds.Upper(1, "x", "U", 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => StableIds.Hex(1, "x", 65));
    }
}
