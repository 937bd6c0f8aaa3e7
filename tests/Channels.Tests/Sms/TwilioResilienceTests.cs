using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;
using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class TwilioResilienceTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void ShouldRetry_429And5xx(HttpStatusCode status) => Assert.True(Retries(new HttpResponseMessage(status)));

    [Theory]
    [InlineData(HttpStatusCode.Created)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.Conflict)]
    public void ShouldRetry_NotOtherStatuses(HttpStatusCode status) => Assert.False(Retries(new HttpResponseMessage(status)));

    [Fact]
    public void ShouldRetry_ConnectFailure_Yes_ButNotOtherTransportFailuresOrTimeouts()
    {
        Assert.True(TwilioResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ConnectionError, "refused")), Ceiling, time));
        Assert.False(TwilioResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ResponseEnded, "cut off")), Ceiling, time));
        Assert.False(TwilioResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), Ceiling, time));
        Assert.False(TwilioResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TaskCanceledException()), Ceiling, time));
    }

    [Fact]
    public void RetryAfter_SecondsOrDate()
    {
        var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new(TimeSpan.FromSeconds(7));
        var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new(time.GetUtcNow().AddSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(7), TwilioResilience.RetryAfter(seconds, time));
        Assert.Equal(TimeSpan.FromSeconds(12), TwilioResilience.RetryAfter(date, time));
        Assert.Null(TwilioResilience.RetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), time));
    }

    [Fact]
    public void ShouldRetry_RetryAfterBeyondTheCeiling_No()
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new(Ceiling + TimeSpan.FromSeconds(1));
        Assert.False(Retries(response));
    }

    private bool Retries(HttpResponseMessage response) => TwilioResilience.ShouldRetry(Outcome.FromResult(response), Ceiling, time);
}
