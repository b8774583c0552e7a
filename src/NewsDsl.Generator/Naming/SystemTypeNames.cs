using System;
using System.Collections.Generic;

namespace NewsDsl.Generator.Naming;

/// <summary>
/// The names an article class must not take because a consumer's code sees a System type of that name
/// too: every public non-generic type of the namespaces .NET's SDK imports implicitly (and System.Text).
/// With <c>using System;</c> (or the implicit usings) beside <c>using X.News;</c>, an article class
/// <c>String</c> would make every <c>String</c> ambiguous (CS0104). The list is checked against .NET's
/// reference assemblies by a test (SystemNameTests), so it grows with .NET.
/// </summary>
internal static class SystemTypeNames
{
    /// <summary>The namespaces covered: Microsoft.NET.Sdk's implicit usings, and System.Text.</summary>
    public static readonly IReadOnlyList<string> Namespaces = new[]
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        "ASCIIEncoding", "AbandonedMutexException", "AccessViolationException", "Action", "Activator", "AggregateException",
        "ApartmentState", "AppContext", "AppDomain", "AppDomainSetup", "AppDomainUnloadedException", "ApplicationException",
        "ApplicationId", "ArgIterator", "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException",
        "ArithmeticException", "Array", "ArrayTypeMismatchException", "Ascii", "AssemblyLoadEventArgs",
        "AssemblyLoadEventHandler", "AsyncCallback", "AsyncEnumerable", "AsyncFlowControl", "Attribute", "AttributeTargets",
        "AttributeUsageAttribute", "AutoResetEvent", "BadImageFormatException", "Barrier", "BarrierPostPhaseException",
        "Base64FormattingOptions", "BinaryReader", "BinaryWriter", "BitConverter", "Boolean", "Buffer", "BufferedStream",
        "Byte", "ByteArrayContent", "CLSCompliantAttribute", "CancellationToken", "CancellationTokenRegistration",
        "CancellationTokenSource", "CannotUnloadAppDomainException", "Char", "CharEnumerator", "ClientCertificateOption",
        "CodePagesEncodingProvider", "CollectionExtensions", "CompositeFormat", "CompressedStack",
        "ConcurrentExclusiveSchedulerPair", "ConfigureAwaitOptions", "Console", "ConsoleCancelEventArgs",
        "ConsoleCancelEventHandler", "ConsoleColor", "ConsoleKey", "ConsoleKeyInfo", "ConsoleModifiers", "ConsoleSpecialKey",
        "ContextBoundObject", "ContextCallback", "ContextMarshalException", "ContextStaticAttribute", "Convert",
        "CountdownEvent", "DBNull", "DataMisalignedException", "DateOnly", "DateTime", "DateTimeKind", "DateTimeOffset",
        "DayOfWeek", "Decimal", "Decoder", "DecoderExceptionFallback", "DecoderExceptionFallbackBuffer", "DecoderFallback",
        "DecoderFallbackBuffer", "DecoderFallbackException", "DecoderReplacementFallback", "DecoderReplacementFallbackBuffer",
        "Delegate", "DelegatingHandler", "Directory", "DirectoryInfo", "DirectoryNotFoundException", "DivideByZeroException",
        "DllNotFoundException", "Double", "DriveInfo", "DriveNotFoundException", "DriveType", "DuplicateWaitObjectException",
        "Encoder", "EncoderExceptionFallback", "EncoderExceptionFallbackBuffer", "EncoderFallback", "EncoderFallbackBuffer",
        "EncoderFallbackException", "EncoderReplacementFallback", "EncoderReplacementFallbackBuffer", "Encoding",
        "EncodingExtensions", "EncodingInfo", "EncodingProvider", "EndOfStreamException", "EntryPointNotFoundException", "Enum",
        "Enumerable", "EnumerableExecutor", "EnumerableQuery", "EnumerationOptions", "Environment", "EnvironmentVariableTarget",
        "ErrorEventArgs", "ErrorEventHandler", "EventArgs", "EventHandler", "EventResetMode", "EventWaitHandle",
        "EventWaitHandleAcl", "Exception", "ExecutionContext", "ExecutionEngineException", "FieldAccessException", "File",
        "FileAccess", "FileAttributes", "FileInfo", "FileLoadException", "FileMode", "FileNotFoundException", "FileOptions",
        "FileShare", "FileStream", "FileStreamOptions", "FileStyleUriParser", "FileSystemAclExtensions", "FileSystemEventArgs",
        "FileSystemEventHandler", "FileSystemInfo", "FileSystemWatcher", "FlagsAttribute", "FormUrlEncodedContent",
        "FormatException", "FormattableString", "FtpStyleUriParser", "GC", "GCCollectionMode", "GCGenerationInfo", "GCKind",
        "GCMemoryInfo", "GCNotificationStatus", "GenericUriParser", "GenericUriParserOptions", "GopherStyleUriParser", "Guid",
        "Half", "HandleInheritability", "HashCode", "HostExecutionContext", "HostExecutionContextManager", "HttpClient",
        "HttpClientHandler", "HttpCompletionOption", "HttpContent", "HttpIOException", "HttpKeepAlivePingPolicy",
        "HttpMessageHandler", "HttpMessageInvoker", "HttpMethod", "HttpProtocolException", "HttpRequestError",
        "HttpRequestException", "HttpRequestMessage", "HttpRequestOptions", "HttpResponseMessage", "HttpStyleUriParser",
        "HttpVersionPolicy", "IAsyncDisposable", "IAsyncResult", "ICloneable", "IComparable", "IConvertible",
        "ICustomFormatter", "IDisposable", "IFormatProvider", "IFormattable", "IOCompletionCallback", "IOException",
        "IOrderedQueryable", "IQueryProvider", "IQueryable", "IServiceProvider", "ISpanFormattable", "IThreadPoolWorkItem",
        "ITimer", "IUtf8SpanFormattable", "ImmutableArrayExtensions", "Index", "IndexOutOfRangeException",
        "InsufficientExecutionStackException", "InsufficientMemoryException", "Int128", "Int16", "Int32", "Int64", "IntPtr",
        "Interlocked", "InternalBufferOverflowException", "InvalidCastException", "InvalidDataException",
        "InvalidOperationException", "InvalidProgramException", "InvalidTimeZoneException", "KeyNotFoundException",
        "KeyValuePair", "LazyInitializer", "LazyThreadSafetyMode", "LdapStyleUriParser", "LoaderOptimization",
        "LoaderOptimizationAttribute", "LocalDataStoreSlot", "Lock", "LockCookie", "LockRecursionException",
        "LockRecursionPolicy", "MTAThreadAttribute", "ManualResetEvent", "ManualResetEventSlim", "MarshalByRefObject",
        "MatchCasing", "MatchType", "Math", "MathF", "MemberAccessException", "MemoryExtensions", "MemoryStream",
        "MessageProcessingHandler", "MethodAccessException", "MidpointRounding", "MissingFieldException",
        "MissingMemberException", "MissingMethodException", "ModuleHandle", "Monitor", "MulticastDelegate",
        "MulticastNotSupportedException", "MultipartContent", "MultipartFormDataContent", "Mutex", "MutexAcl",
        "NamedWaitHandleOptions", "NativeOverlapped", "NetPipeStyleUriParser", "NetTcpStyleUriParser", "NewsStyleUriParser",
        "NonSerializedAttribute", "NormalizationForm", "NotFiniteNumberException", "NotImplementedException",
        "NotSupportedException", "NotifyFilters", "NullReferenceException", "Nullable", "Object", "ObjectDisposedException",
        "ObsoleteAttribute", "OperatingSystem", "OperationCanceledException", "OutOfMemoryException", "OverflowException",
        "Overlapped", "Parallel", "ParallelEnumerable", "ParallelExecutionMode", "ParallelLoopResult", "ParallelLoopState",
        "ParallelMergeOptions", "ParallelOptions", "ParallelQuery", "ParamArrayAttribute", "ParameterizedThreadStart", "Path",
        "PathTooLongException", "PeriodicTimer", "PlatformID", "PlatformNotSupportedException", "PreAllocatedOverlapped",
        "Queryable", "Random", "RandomAccess", "Range", "RankException", "ReadOnlyMemoryContent", "ReaderWriterLock",
        "ReaderWriterLockSlim", "ReferenceEqualityComparer", "RegisteredWaitHandle", "RenamedEventArgs", "RenamedEventHandler",
        "ResolveEventArgs", "ResolveEventHandler", "Rune", "RuntimeArgumentHandle", "RuntimeFieldHandle", "RuntimeMethodHandle",
        "RuntimeTypeHandle", "SByte", "STAThreadAttribute", "SearchOption", "SeekOrigin", "Semaphore", "SemaphoreAcl",
        "SemaphoreFullException", "SemaphoreSlim", "SendOrPostCallback", "SequencePosition", "SerializableAttribute", "Single",
        "SocketsHttpConnectionContext", "SocketsHttpHandler", "SocketsHttpPlaintextStreamFilterContext", "SpanLineEnumerator",
        "SpanRuneEnumerator", "SpinLock", "SpinWait", "StackOverflowException", "Stream", "StreamContent", "StreamReader",
        "StreamWriter", "String", "StringBuilder", "StringComparer", "StringComparison", "StringContent",
        "StringNormalizationExtensions", "StringReader", "StringRuneEnumerator", "StringSplitOptions", "StringWriter",
        "SynchronizationContext", "SynchronizationLockException", "SystemException", "Task", "TaskAsyncEnumerableExtensions",
        "TaskCanceledException", "TaskCompletionSource", "TaskContinuationOptions", "TaskCreationOptions", "TaskExtensions",
        "TaskFactory", "TaskScheduler", "TaskSchedulerException", "TaskStatus", "TaskToAsyncResult", "TextReader", "TextWriter",
        "Thread", "ThreadAbortException", "ThreadExceptionEventArgs", "ThreadExceptionEventHandler",
        "ThreadInterruptedException", "ThreadPool", "ThreadPoolBoundHandle", "ThreadPriority", "ThreadStart",
        "ThreadStartException", "ThreadState", "ThreadStateException", "ThreadStaticAttribute", "ThreadingAclExtensions",
        "TimeOnly", "TimeProvider", "TimeSpan", "TimeZone", "TimeZoneInfo", "TimeZoneNotFoundException", "Timeout",
        "TimeoutException", "Timer", "TimerCallback", "Tuple", "TupleExtensions", "Type", "TypeAccessException", "TypeCode",
        "TypeInitializationException", "TypeLoadException", "TypeUnloadedException", "TypedReference", "UInt128", "UInt16",
        "UInt32", "UInt64", "UIntPtr", "UTF32Encoding", "UTF7Encoding", "UTF8Encoding", "UnauthorizedAccessException",
        "UnhandledExceptionEventArgs", "UnhandledExceptionEventHandler", "UnicodeEncoding", "UnixFileMode",
        "UnmanagedMemoryAccessor", "UnmanagedMemoryStream", "UnobservedTaskExceptionEventArgs", "Uri", "UriBuilder",
        "UriComponents", "UriCreationOptions", "UriFormat", "UriFormatException", "UriHostNameType", "UriKind", "UriParser",
        "UriPartial", "UriTypeConverter", "ValueTask", "ValueTuple", "ValueType", "Version", "Void", "Volatile", "WaitCallback",
        "WaitForChangedResult", "WaitHandle", "WaitHandleCannotBeOpenedException", "WaitHandleExtensions",
        "WaitOrTimerCallback", "WatcherChangeTypes", "WeakReference",
    };

    public static bool Contains(string name) => s_names.Contains(name);
}
