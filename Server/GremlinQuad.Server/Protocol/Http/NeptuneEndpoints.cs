using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Loader;
using GremlinQuad.Server.Status;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>Neptune's management endpoints beside <c>/gremlin</c>: explain, profile, query status and the bulk loader.</summary>
internal static class NeptuneEndpoints
{
    /// <summary>Maps the endpoints; call before <c>/gremlin</c> is mapped, whose branch would otherwise take these paths too.</summary>
    public static void Map(WebApplication app, GraphRegistry graphs, RunningQueries queries, CredentialStore? credentials, ServerOptions options, ILogger logger)
    {
        var explain = new ExplainProfileEndpoint(graphs, queries, credentials, options, profile: false);
        var profile = new ExplainProfileEndpoint(graphs, queries, credentials, options, profile: true);
        var status = new QueryStatusEndpoint(queries, credentials, options);
        var jobs = new LoadJobs(logger);
        var loader = new LoaderEndpoint(graphs, jobs, credentials, options);
        app.Lifetime.ApplicationStopping.Register(jobs.CancelAll);
        app.Map("/gremlin/explain", (IApplicationBuilder branch) => branch.Run(explain.HandleAsync));
        app.Map("/gremlin/profile", (IApplicationBuilder branch) => branch.Run(profile.HandleAsync));
        app.Map("/gremlin/status", (IApplicationBuilder branch) => branch.Run(status.HandleAsync));
        app.Map("/loader", (IApplicationBuilder branch) => branch.Run(loader.HandleAsync));
    }
}
