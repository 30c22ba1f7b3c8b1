using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GremlinQuad.Server.Tests.Hosting;

/// <summary>With a certificate configured the same endpoints speak wss:// and https://.</summary>
public sealed class TlsTests
{
    [Test]
    public async Task A_configured_certificate_serves_secure_WebSockets()
    {
        var pfx = Path.Combine(Path.GetTempPath(), "gremlinquad-tls-" + Guid.NewGuid().ToString("N") + ".pfx");
        string thumbprint;
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            thumbprint = certificate.Thumbprint;
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test"));
        }
        try
        {
            await using var server = await TestServer.StartAsync(options =>
            {
                options.CertificateFile = pfx;
                options.CertificatePassword = "test";
            });
            var secure = new Uri($"wss://127.0.0.1:{server.Port}/gremlin");
            await using var client = await TestClient.ConnectAsync(secure, options => options.RemoteCertificateValidationCallback =
                (_, presented, _, _) => presented is X509Certificate2 served && served.Thumbprint == thumbprint);
            Assert.That(await client.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Test]
    public void A_missing_certificate_file_stops_start_up_with_its_name()
    {
        var exception = Assert.ThrowsAsync<FileNotFoundException>(async () => await TestServer.StartAsync(options => options.CertificateFile = "missing.pfx"));
        Assert.That(exception!.Message, Does.Contain("missing.pfx"));
    }
}
