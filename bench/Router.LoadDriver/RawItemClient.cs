using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Router.LoadDriver;

/// <summary>
/// One keep-alive HTTP/1.1 connection that does nothing but <c>POST /v1/items</c>, one request at a time.
/// </summary>
/// <remarks>
/// The driver shares the machine's two cores with the router and Redis, so every microsecond it spends per request is
/// taken from what it measures. HttpClient costs about 50 µs of CPU per request here; writing the request from a fixed
/// header and reading only the status, the length and the answer's <c>id</c> and <c>state</c> costs a fraction of
/// that. It understands exactly what Kestrel answers: a status line, headers, then a body of Content-Length bytes or
/// chunks. Anything else fails loudly.
/// </remarks>
internal sealed class RawItemClient : IDisposable
{
    private readonly Socket socket;
    private readonly byte[] header;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    private RawItemClient(Socket socket, Uri baseAddress, string apiKey)
    {
        this.socket = socket;
        header = Encoding.ASCII.GetBytes(
            $"POST /v1/items HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nAuthorization: Bearer {apiKey}\r\n"
            + "Content-Type: application/json\r\nContent-Length: ");
    }

    public static async Task<RawItemClient> ConnectAsync(Uri baseAddress, string apiKey)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(baseAddress.Host, baseAddress.Port);
        return new RawItemClient(socket, baseAddress, apiKey);
    }

    /// <summary>Sends one item (a JSON body) and returns the id and state of the 201 answer.</summary>
    public async Task<(string Id, string State)> CreateAsync(byte[] body)
    {
        var request = new byte[header.Length + 16 + body.Length];
        header.CopyTo(request, 0);
        var at = header.Length;
        Utf8Formatter.TryFormat(body.Length, request.AsSpan(at), out var written);
        at += written;
        "\r\n\r\n"u8.CopyTo(request.AsSpan(at));
        at += 4;
        body.CopyTo(request, at);
        await socket.SendAsync(request.AsMemory(0, at + body.Length));

        var (status, length, chunked) = await ReadHeadAsync();
        var answer = chunked ? await ReadChunkedAsync() : await ReadExactlyAsync(length);
        if (status != 201)
        {
            throw new HttpRequestException($"POST /v1/items gave {status}: {Encoding.UTF8.GetString(answer)}");
        }

        return Fields(answer);
    }

    public void Dispose() => socket.Dispose();

    private static (string Id, string State) Fields(byte[] json)
    {
        string? id = null, state = null;
        var reader = new Utf8JsonReader(json);
        while ((id is null || state is null) && reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var isId = reader.ValueTextEquals("id"u8);
                var isState = reader.ValueTextEquals("state"u8);
                reader.Read();
                if (isId)
                {
                    id = reader.GetString();
                }
                else if (isState)
                {
                    state = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return (id ?? throw new InvalidDataException("201 without an id"), state ?? throw new InvalidDataException("201 without a state"));
    }

    private async Task<(int Status, int Length, bool Chunked)> ReadHeadAsync()
    {
        var status = 0;
        var length = 0;
        var chunked = false;
        while (true)
        {
            var line = await ReadLineAsync();
            if (line.Length == 0)
            {
                return (status, length, chunked);
            }

            if (status == 0)
            {
                status = int.Parse(line.AsSpan(9, 3), provider: null); // "HTTP/1.1 201 Created"
            }
            else if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan(15).Trim(), provider: null);
            }
            else if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
            {
                chunked = line.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private async Task<byte[]> ReadChunkedAsync()
    {
        using var body = new MemoryStream();
        while (true)
        {
            var size = Convert.ToInt32(await ReadLineAsync(), 16);
            body.Write(await ReadExactlyAsync(size));
            await ReadLineAsync(); // the CRLF after the chunk (and after the last, empty one)
            if (size == 0)
            {
                return body.ToArray();
            }
        }
    }

    private async Task<string> ReadLineAsync()
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8);
            if (newline >= 0)
            {
                var line = Encoding.ASCII.GetString(buffer, start, newline);
                start += newline + 2;
                return line;
            }

            await FillAsync();
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (start == end)
            {
                await FillAsync();
            }

            var take = Math.Min(count - copied, end - start);
            buffer.AsSpan(start, take).CopyTo(result.AsSpan(copied));
            start += take;
            copied += take;
        }

        return result;
    }

    private async Task FillAsync()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(end));
        if (read == 0)
        {
            throw new IOException("The router closed the connection.");
        }

        end += read;
    }
}
