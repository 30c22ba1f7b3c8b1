namespace GremlinQuad.Server.Auth;

/// <summary>Checks a SASL response; one instance serves every connection.</summary>
internal interface IAuthenticator
{
    /// <summary>The SASL mechanism this authenticator speaks, e.g. "PLAIN".</summary>
    string Mechanism { get; }

    /// <summary>Returns the authenticated user name, or null with a reason a client may see.</summary>
    string? Authenticate(ReadOnlySpan<byte> saslResponse, out string failure);
}
