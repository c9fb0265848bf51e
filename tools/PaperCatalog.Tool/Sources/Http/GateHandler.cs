using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaperCatalog.Tool.Sources.Http;

/// <summary>
/// Holds each request that carries a gate until the gate lets it through. It sits inside the retry handler, so
/// retries wait their turn too.
/// </summary>
internal sealed class GateHandler : DelegatingHandler
{
    /// <summary>The request option that names the gate of a request's source.</summary>
    public static readonly HttpRequestOptionsKey<IntervalGate> GateKey = new("PaperCatalog.Gate");

    public GateHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(GateKey, out IntervalGate? gate))
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
