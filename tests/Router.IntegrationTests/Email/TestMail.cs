using System.Text;

namespace Router.IntegrationTests.Email;

/// <summary>Raw test mail, byte for byte as a sender would submit it, with a unique Message-ID unless given one.</summary>
public static class TestMail
{
    public static string NewAddress() => $"c{Guid.NewGuid().ToString("N")[..10]}@customer.test";

    public static string NewMessageId() => $"{Guid.NewGuid():N}@customer.test";

    public static byte[] Create(
        string? from = null,
        string subject = "Order 42 has not arrived",
        string? messageId = null,
        string body = "Hello, my order has not arrived yet.",
        params string[] headers)
    {
        var text = new StringBuilder()
            .Append("From: Casey Customer <").Append(from ?? NewAddress()).Append(">\r\n")
            .Append("To: support@router.test\r\n")
            .Append("Subject: ").Append(subject).Append("\r\n")
            .Append("Date: Mon, 02 Jun 2025 10:00:00 +0000\r\n")
            .Append("Message-ID: <").Append(messageId ?? NewMessageId()).Append(">\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        text.Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").Append(body).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
