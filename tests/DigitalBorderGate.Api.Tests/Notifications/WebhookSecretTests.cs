using System.Security.Cryptography;
using System.Text;
using Dapper;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Notifications;

/// <summary>Signing secrets at rest: protected in the database file, still signing every delivery.</summary>
public sealed class WebhookSecretTests : WithWebhookReceiver
{
    private Task<CreatedWebhook> SubscribeAsync() =>
        App.Client(DemoKey.DeclarantA).RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(Receiver.Url), Events = [DeclarationEventType.Declaration_submitted] });

    /// <summary>The column as it is in the file, read past the application.</summary>
    private async Task<string> StoredSecretAsync(Guid webhookId)
    {
        await using var connection = new SqliteConnection(App.ConnectionString + ";Pooling=False");
        return await connection.ExecuteScalarAsync<string>("SELECT secret FROM webhooks WHERE id = @Id", new { Id = webhookId.ToString() })
            ?? throw new InvalidOperationException("No such webhook in the file.");
    }

    private async Task StorePlainSecretAsync(Guid webhookId, string secret)
    {
        await using var connection = new SqliteConnection(App.ConnectionString + ";Pooling=False");
        Assert.Equal(1, await connection.ExecuteAsync("UPDATE webhooks SET secret = @Secret WHERE id = @Id", new { Secret = secret, Id = webhookId.ToString() }));
    }

    /// <summary>The start-up pass, run again by hand.</summary>
    private static Task<int> ProtectLegacyAsync(BorderGateApp app) =>
        app.Services.GetRequiredService<WebhookSecrets>().ProtectLegacyAsync(app.Services.GetRequiredService<Api.Data.Database>(), CancellationToken.None);

    private static string Signature(string secret, byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task<WebhookReceiver.Received> SubmitAndDeliverAsync(BorderGateApp dispatching)
    {
        await App.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        await dispatching.DispatchUntilIdleAsync();
        return Receiver.Requests.Last();
    }

    [Fact]
    public async Task The_database_file_holds_no_plain_secret_and_deliveries_still_verify()
    {
        var webhook = await SubscribeAsync();

        var stored = await StoredSecretAsync(webhook.Id);
        Assert.StartsWith("whsec_", webhook.Secret, StringComparison.Ordinal);
        Assert.StartsWith(WebhookSecrets.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(webhook.Secret, stored, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(App.Folder, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(webhook.Secret[6..], Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }

        var delivery = await SubmitAndDeliverAsync(App);
        Assert.Equal(Signature(webhook.Secret, delivery.Body), delivery.Headers["X-BorderGate-Signature"]);
    }

    [Fact]
    public async Task A_secret_stored_in_plain_text_is_protected_at_the_next_start_and_still_signs()
    {
        var webhook = await SubscribeAsync();
        const string legacy = "whsec_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        await StorePlainSecretAsync(webhook.Id, legacy);

        // A second instance on the same file and key ring starts: its start-up protects the row.
        using var restarted = new BorderGateApp(null, App.Folder);
        var delivery = await SubmitAndDeliverAsync(restarted);

        var stored = await StoredSecretAsync(webhook.Id);
        Assert.StartsWith(WebhookSecrets.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(legacy, stored, StringComparison.Ordinal);
        Assert.Equal(Signature(legacy, delivery.Body), delivery.Headers["X-BorderGate-Signature"]);
        Assert.Equal(0, await ProtectLegacyAsync(restarted));
        Assert.Equal(stored, await StoredSecretAsync(webhook.Id));
    }

    [Fact]
    public async Task Instances_protecting_legacy_secrets_at_once_replace_each_row_once()
    {
        var webhook = await SubscribeAsync();
        using var second = new BorderGateApp(null, App.Folder);
        _ = second.Services;
        const string legacy = "whsec_ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
        await StorePlainSecretAsync(webhook.Id, legacy);

        var replaced = await Task.WhenAll(new[] { App, second }.Select(ProtectLegacyAsync));

        Assert.Equal(1, replaced.Sum());
        var delivery = await SubmitAndDeliverAsync(App);
        Assert.Equal(Signature(legacy, delivery.Body), delivery.Headers["X-BorderGate-Signature"]);
    }

    [Fact]
    public async Task An_instance_with_another_key_ring_sends_nothing_and_says_why()
    {
        var webhook = await SubscribeAsync();
        var otherKeys = Path.Combine(App.Folder, "other-keys");
        using var stranger = new BorderGateApp(null, App.Folder, new Dictionary<string, string?> { ["BorderGate:DataProtection:KeysFolder"] = otherKeys });

        await App.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        Assert.Equal(1, await stranger.DispatchOnceAsync());

        Assert.Empty(Receiver.Requests);
        var pending = Assert.Single((await App.Client(DemoKey.DeclarantA).ListWebhookDeliveriesAsync(webhook.Id)).Items);
        Assert.Equal(DigitalBorderGate.Client.DeliveryStatus.Pending, pending.Status);
        Assert.Contains("key ring", pending.LastError, StringComparison.Ordinal);
        Assert.Contains(stranger.Logs.Lines, line => line.Contains("cannot be unprotected", StringComparison.Ordinal));
    }
}
