using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Router.Channels;
using Router.Contacts;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Contacts;

public sealed class ContactTests
{
    [Fact]
    public async Task SameEmailOnTwoItems_IsOneContact_OtherEmailIsAnother()
    {
        await using var host = await RouterTestHost.StartAsync();

        var a = await host.Client.CreateItemAsync(new { contact = new { email = "Ann@Example.com" } });
        var b = await host.Client.CreateItemAsync(new { contact = new { email = "ann@example.com " } });
        var c = await host.Client.CreateItemAsync(new { contact = new { email = "bob@example.com" } });

        Assert.NotNull(a.ContactId);
        Assert.Equal(a.ContactId, b.ContactId);
        Assert.NotEqual(a.ContactId, c.ContactId);
        var contact = await GetAsync(host, a.ContactId);
        Assert.Equal(["email:ann@example.com"], contact.Handles);
    }

    [Fact]
    public async Task ConcurrentFirstMessagesFromNewSender_CreateOneContact()
    {
        await using var host = await RouterTestHost.StartAsync();

        var items = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            host.Client.CreateItemAsync(new { contact = new { email = "race@example.com" } })));

        Assert.Single(items.Select(i => i.ContactId).Distinct());
    }

    [Fact]
    public async Task SameContactAcrossChannels_EmailAndPhoneLinkedByOneMessage()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await host.Client.CreateItemAsync(new { contact = new { email = "cy@example.com", phone = "+14155550100" } });

        var sms = await sink.AcceptAsync(
            new InboundMessage(ChannelKind.Sms, "sms:SM1", null, null, "hi", null) { Handles = [ContactHandle.Phone("+14155550100")] },
            CancellationToken.None);

        Assert.Equal(first.ContactId, (await host.Client.GetItemAsync(sms.ItemId)).ContactId);
        Assert.Equal(["email:cy@example.com", "phone:+14155550100"], (await GetAsync(host, first.ContactId)).Handles);
    }

    [Fact]
    public async Task NumberNotInE164_IsNotTakenAsAHandle()
    {
        await using var host = await RouterTestHost.StartAsync();

        var item = await host.Client.CreateItemAsync(new { contact = new { phone = "555 0100" } });

        Assert.Null(item.ContactId);
    }

    [Fact]
    public async Task Merge_MovesHandlesAndFillsAttributes_UndoRestoresBoth()
    {
        await using var host = await RouterTestHost.StartAsync();
        var ann = (await host.Client.CreateItemAsync(new { contact = new { email = "ann@example.com" } })).ContactId!;
        var phone = (await host.Client.CreateItemAsync(new { contact = new { phone = "+447700900123" } })).ContactId!;
        await PatchAsync(host, ann, new { tier = "gold" });
        await PatchAsync(host, phone, new { tier = "silver", crmId = "C-9" });

        var merge = await Read<ContactMergeView>(await host.Client.PostAsJsonAsync($"/v1/contacts/{ann}/merge", new { from = phone, reason = "same person" }));

        Assert.Equal(["phone:+447700900123"], merge.Handles);
        var merged = await GetAsync(host, ann);
        Assert.Equal(["email:ann@example.com", "phone:+447700900123"], merged.Handles);
        Assert.Equal("gold", (string?)merged.Attributes["tier"]); // the surviving contact's own value wins
        Assert.Equal("C-9", (string?)merged.Attributes["crmId"]);
        Assert.Equal(ann, (await GetAsync(host, phone)).MergedInto);
        var viaOld = await PatchAsync(host, phone, new { note = "updates the surviving contact" });
        Assert.Equal(ann, viaOld.Id);
        await PatchAsync(host, ann, new Dictionary<string, object?> { ["note"] = null });
        var sms = await host.Client.CreateItemAsync(new { contact = new { phone = "+447700900123" } });
        Assert.Equal(ann, sms.ContactId);

        var undone = await Read<ContactMergeView>(await host.Client.PostAsync($"/v1/contacts/merges/{merge.Id}/undo", null));

        Assert.NotNull(undone.UndoneAt);
        var restored = await GetAsync(host, ann);
        Assert.Equal(["email:ann@example.com"], restored.Handles);
        Assert.Null(restored.Attributes["crmId"]);
        Assert.Null((await GetAsync(host, phone)).MergedInto);
        Assert.Equal(phone, (await host.Client.CreateItemAsync(new { contact = new { phone = "+447700900123" } })).ContactId);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsync($"/v1/contacts/merges/{merge.Id}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task Merge_BadRequests_AreRefusedAndChangeNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        var ann = (await host.Client.CreateItemAsync(new { contact = new { email = "ann@example.com" } })).ContactId!;

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsJsonAsync($"/v1/contacts/{ann}/merge", new { from = "nobody" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsJsonAsync($"/v1/contacts/{ann}/merge", new { from = ann })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync($"/v1/contacts/{ann}/merge", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync("/v1/contacts/merges/nope/undo", null)).StatusCode);
        Assert.Empty((await GetAsync(host, ann)).Merges);
    }

    [Fact]
    public async Task Patch_SetsAndRemovesAttributes_FindByHandle()
    {
        await using var host = await RouterTestHost.StartAsync();
        var id = (await host.Client.CreateItemAsync(new { contact = new { email = "dee@example.com" } })).ContactId!;

        await PatchAsync(host, id, new { tier = "gold", region = "emea" });
        var updated = await PatchAsync(host, id, new Dictionary<string, object?> { ["region"] = null });

        Assert.Equal("""{"tier":"gold"}""", updated.Attributes.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PatchAsJsonAsync("/v1/contacts/nobody", new { attributes = new { tier = "x" } })).StatusCode);
        var found = await Read<ContactView>(await host.Client.GetAsync("/v1/contacts?handle=email:dee@example.com"));
        Assert.Equal(id, found.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/v1/contacts?handle=email:nobody@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/v1/contacts?handle=nocolon")).StatusCode);
    }

    private static Task<ContactView> GetAsync(RouterTestHost host, string? id) => Read<ContactView>(host.Client.GetAsync($"/v1/contacts/{id}"));

    private static async Task<ContactView> PatchAsync(RouterTestHost host, string id, object attributes) =>
        await Read<ContactView>(await host.Client.PatchAsJsonAsync($"/v1/contacts/{id}", new { attributes }));

    private static async Task<T> Read<T>(Task<HttpResponseMessage> response) => await Read<T>(await response);

    private static Task<T> Read<T>(HttpResponseMessage response) => RouterApi.ReadAsync<T>(response, HttpStatusCode.OK);
}
