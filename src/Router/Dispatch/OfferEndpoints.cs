using Router.Api;
using Router.Items;
using Router.Observability;

namespace Router.Dispatch;

/// <summary>Routes under <c>/v1/offers</c>.</summary>
internal static class OfferEndpoints
{
    public static RouteGroupBuilder MapOfferEndpoints(this RouteGroupBuilder v1)
    {
        var offers = v1.MapGroup("/offers");
        offers.MapPost("/{id}/accept", AcceptAsync);
        offers.MapPost("/{id}/reject", RejectAsync);
        return v1;
    }

    private static async Task<IResult> AcceptAsync(string id, OfferStore offers, ItemStore items, IDispatchSignal dispatch, OfferTimings timings)
    {
        using var activity = DispatchTelemetry.StartAccept(id);
        var outcome = await offers.AcceptAsync(id);
        activity?.SetTag(RouterTelemetry.Tags.Outcome, outcome.Kind.ToString().ToLowerInvariant());
        if (outcome.Kind == OfferOutcomeKind.Done)
        {
            await timings.RecordAcceptedAsync(id);
        }
        else if (outcome.Kind == OfferOutcomeKind.Expired)
        {
            SignalAll(dispatch, outcome);
        }

        return await AnswerAsync(id, outcome, items);
    }

    private static async Task<IResult> RejectAsync(
        string id, RejectOfferRequest? request, OfferStore offers, ItemStore items, IDispatchSignal dispatch)
    {
        var outcome = await offers.RejectAsync(id, request?.Reason ?? "");
        SignalAll(dispatch, outcome);
        return await AnswerAsync(id, outcome, items);
    }

    private static async Task<IResult> AnswerAsync(string id, OfferOutcome outcome, ItemStore items) => outcome.Kind switch
    {
        OfferOutcomeKind.Done => Results.Ok(await items.GetAsync(outcome.Detail!)),
        OfferOutcomeKind.NotFound => Problems.NotFound("offer", id),
        OfferOutcomeKind.Expired => Problems.Conflict("Offer expired", $"Offer '{id}' expired; its item went back to its queue."),
        _ => Problems.Conflict("Offer is not pending", $"Offer '{id}' is already {outcome.Detail}."),
    };

    private static void SignalAll(IDispatchSignal dispatch, OfferOutcome outcome)
    {
        foreach (var queue in outcome.QueuesToDispatch)
        {
            dispatch.Signal(queue);
        }
    }
}
