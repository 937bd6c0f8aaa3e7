using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class DeliveryStatusTests
{
    [Theory]
    [InlineData(null, "queued")]
    [InlineData(null, "delivered")]
    [InlineData("accepted", "queued")]
    [InlineData("queued", "sending")]
    [InlineData("queued", "sent")] // a skipped step is still forward
    [InlineData("sending", "sent")]
    [InlineData("sent", "delivered")]
    [InlineData("delivered", "read")]
    [InlineData("queued", "failed")]
    [InlineData("sent", "undelivered")]
    [InlineData("scheduled", "canceled")]
    [InlineData("SENT", "Delivered")]
    public void IsForward_LaterStatus_Moves(string? current, string next) => Assert.True(DeliveryStatus.IsForward(current, next));

    [Theory]
    [InlineData("delivered", "sent")] // out of order
    [InlineData("sent", "queued")]
    [InlineData("sent", "sent")]
    [InlineData("failed", "delivered")] // terminal
    [InlineData("undelivered", "sent")]
    [InlineData("failed", "undelivered")]
    [InlineData("delivered", "undelivered")] // a late failure does not undo a delivery receipt
    [InlineData("queued", "receiving")] // not an outbound status
    [InlineData(null, "bogus")]
    public void IsForward_EarlierSameOrUnknownStatus_Ignored(string? current, string next) =>
        Assert.False(DeliveryStatus.IsForward(current, next));
}
