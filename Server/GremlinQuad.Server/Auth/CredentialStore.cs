using System.Security.Cryptography;
using System.Text;

namespace GremlinQuad.Server.Auth;

/// <summary>
/// Users and salted password hashes, one per line: <c>user:pbkdf2-sha256:iterations:saltBase64:hashBase64</c>.
/// Blank lines and lines starting with '#' are ignored. Passwords are never stored.
/// </summary>
internal sealed class CredentialStore
{
    public const string Algorithm = "pbkdf2-sha256";
    private const int DefaultIterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly Dictionary<string, Entry> _users;

    private CredentialStore(Dictionary<string, Entry> users) => _users = users;

    public int Count => _users.Count;

    public static CredentialStore Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The credentials file '{path}' does not exist. Create it with lines from 'GremlinQuad.Server hash-password <user>' or remove the credentials setting.", path);
        return Parse(File.ReadAllLines(path), path);
    }

    public static CredentialStore Parse(IEnumerable<string> lines, string source)
    {
        var users = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split(':');
            if (parts.Length != 5 || parts[1] != Algorithm || !int.TryParse(parts[2], out var iterations) || iterations < 1)
                throw new FormatException($"{source}, line {lineNumber}: expected 'user:{Algorithm}:iterations:salt:hash'; generate the line with 'GremlinQuad.Server hash-password <user>'.");
            try
            {
                users[parts[0]] = new Entry(iterations, Convert.FromBase64String(parts[3]), Convert.FromBase64String(parts[4]));
            }
            catch (FormatException)
            {
                throw new FormatException($"{source}, line {lineNumber}: the salt or hash is not valid base64; generate the line with 'GremlinQuad.Server hash-password <user>'.");
            }
        }
        return new CredentialStore(users);
    }

    /// <summary>One credentials line for a new user, with a fresh random salt.</summary>
    public static string CreateLine(string user, string password, int iterations = DefaultIterations)
    {
        if (user.Length == 0 || user.Contains(':', StringComparison.Ordinal))
            throw new ArgumentException("A user name must be non-empty and must not contain ':'.", nameof(user));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Hash(password, salt, iterations);
        return $"{user}:{Algorithm}:{iterations}:{Convert.ToBase64String(salt)}:{Convert.ToBase64String(hash)}";
    }

    public bool Verify(string user, string password)
    {
        if (!_users.TryGetValue(user, out var entry))
        {
            // Spend the same time for unknown users so response timing does not reveal valid names.
            _ = Hash(password, new byte[SaltBytes], DefaultIterations);
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Hash(password, entry.Salt, entry.Iterations), entry.Hash);
    }

    private static byte[] Hash(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private sealed record Entry(int Iterations, byte[] Salt, byte[] Hash);
}
