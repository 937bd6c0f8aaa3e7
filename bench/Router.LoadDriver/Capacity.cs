namespace Router.LoadDriver;

internal static class Capacity
{
    /// <summary>Fails fast when a phase would fill the roster: then agents would no longer be free and offers would stall.</summary>
    public static void Check(Roster roster, int items, string what)
    {
        if (items > roster.Slots)
        {
            throw new ArgumentException($"{what} = {items} exceeds the roster's {roster.Slots} slots (--agents × --capacity); nobody accepts in the bench.");
        }
    }
}
