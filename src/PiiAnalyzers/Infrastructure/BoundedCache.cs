using System;
using System.Collections.Concurrent;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// A thread-safe cache that never holds more than <c>capacity</c> entries: when full it is cleared and refilled.
/// For process-wide caches (parsed configurations) whose keys do not die with a compilation.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new();
    private readonly int capacity;

    public BoundedCache(int capacity) => this.capacity = capacity;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, factory);
    }
}
