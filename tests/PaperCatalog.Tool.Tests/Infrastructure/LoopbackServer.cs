using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>One canned answer: status, content type, body, extra headers, a delay, or a connection cut mid-body.</summary>
internal sealed record Reply(int Status, string? ContentType, string Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public TimeSpan Delay { get; init; }

    /// <summary>Declare the whole body's length but send only its first half, then reset the connection.</summary>
    public bool CutShort { get; init; }
}

/// <summary>A request as the server received it.</summary>
internal sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A real HTTP server on the loopback interface (<see cref="HttpListener"/>), answering each route with its replies
/// in turn (the last one repeats) and 404 otherwise, and recording every request.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Queue<Reply>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        Url = "http://127.0.0.1:" + FreePort() + "/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToList();

    /// <summary>Answers requests for <paramref name="path"/> (unescaped) whose <c>id_list</c>, when given, is exactly <paramref name="idList"/>.</summary>
    public void On(string path, string? idList, params Reply[] replies) => _routes[Key(path, idList)] = new Queue<Reply>(replies);

    public static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        int port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static string Key(string path, string? idList) => path + (idList == null ? string.Empty : "?id_list=" + idList);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            HttpListenerRequest request = context.Request;
            string path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
            var query = request.QueryString.AllKeys.OfType<string>().ToDictionary(k => k, k => request.QueryString[k]!, StringComparer.Ordinal);
            var headers = request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            _requests.Enqueue(new ReceivedRequest(path, query, headers));

            Reply reply = NextReply(path, query.GetValueOrDefault("id_list")) ?? new Reply(404, "text/plain", "Resource not found.");
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            HttpListenerResponse response = context.Response;
            response.StatusCode = reply.Status;
            if (reply.ContentType != null)
            {
                response.ContentType = reply.ContentType;
            }

            foreach ((string name, string value) in reply.Headers)
            {
                response.Headers[name] = value;
            }

            byte[] body = Encoding.UTF8.GetBytes(reply.Body);
            response.ContentLength64 = body.Length;
            if (reply.CutShort)
            {
                await response.OutputStream.WriteAsync(body.AsMemory(0, body.Length / 2));
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }

            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or System.IO.IOException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
    }

    private Reply? NextReply(string path, string? idList)
    {
        if (!_routes.TryGetValue(Key(path, idList), out Queue<Reply>? replies) && !_routes.TryGetValue(Key(path, null), out replies))
        {
            return null;
        }

        lock (replies)
        {
            return replies.Count > 1 ? replies.Dequeue() : replies.Peek();
        }
    }
}
