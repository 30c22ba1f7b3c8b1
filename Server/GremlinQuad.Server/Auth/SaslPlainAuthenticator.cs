using System.Text;

namespace GremlinQuad.Server.Auth;

/// <summary>
/// SASL PLAIN (RFC 4616): <c>[authzid] NUL user NUL password</c>. Like Gremlin Server, the message is
/// split on its last two NULs, so an authorization id in front is accepted and ignored.
/// </summary>
internal sealed class SaslPlainAuthenticator(CredentialStore credentials) : IAuthenticator
{
    public string Mechanism => "PLAIN";

    public string? Authenticate(ReadOnlySpan<byte> saslResponse, out string failure)
    {
        var last = saslResponse.LastIndexOf((byte)0);
        var first = last > 0 ? saslResponse[..last].LastIndexOf((byte)0) : -1;
        if (last < 0 || first < 0)
        {
            failure = "The SASL PLAIN response must be '[authzid] NUL user NUL password' (base64); use the client's plain-text authenticator.";
            return null;
        }
        var user = Encoding.UTF8.GetString(saslResponse[(first + 1)..last]);
        var password = Encoding.UTF8.GetString(saslResponse[(last + 1)..]);
        if (!credentials.Verify(user, password))
        {
            failure = "Username and/or password are incorrect";
            return null;
        }
        failure = "";
        return user;
    }
}
