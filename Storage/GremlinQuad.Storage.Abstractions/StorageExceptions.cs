namespace GremlinQuad.Storage;

/// <summary>A write, fsync or space failure: the store has turned read-only ("writes suspended: ...").</summary>
public sealed class StorageFailureException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Damaged files found at start-up (bad checksum, LSN gap): the store refuses to open.</summary>
public sealed class StorageCorruptionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A store option that cannot apply, such as OSGP on a store that already holds data.</summary>
public sealed class StorageConfigurationException(string message) : Exception(message);

/// <summary>Two transactions changed the same thing; the later commit is rejected and may be retried.</summary>
public sealed class StorageConflictException(string message) : Exception(message);
