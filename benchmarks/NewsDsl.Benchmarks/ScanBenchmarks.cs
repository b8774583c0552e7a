using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Ways to skip plain prose up to the next character that can be markup, on the ~1 MB article:
/// each counts the markup characters, as the inline scanner's skip loop stops at each of them.
/// Copies of the candidates live here because the scanner's own helpers are internal to the
/// language library (netstandard2.0, so no SearchValues there).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class ScanBenchmarks
{
    private const string MarkupChars = "\\[]{\"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A";
    private static readonly SearchValues<char> s_markup = SearchValues.Create(MarkupChars);
    private static readonly bool[] s_ascii = CreateAscii();
    private static readonly bool[] s_upTo203A = CreateUpTo203A();

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.LargeArticle();
        var expected = SearchValuesLoop();
        if (TableLoop() != expected || IndexOfAnyStringLoop() != expected || FlatTableLoop() != expected || VectorPrefilterLoop() != expected)
        {
            throw new InvalidOperationException("The scan variants disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "per-char table (the skip loop before SkipProse)")]
    public int TableLoop()
    {
        var text = _text;
        var count = 0;
        var i = 0;
        var end = text.Length;
        while (i < end)
        {
            while (i < end && !IsMarkupTable(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            count++;
            i++;
        }

        return count;
    }

    [Benchmark(Description = "per-char flat table up to U+203A")]
    public int FlatTableLoop()
    {
        var text = _text;
        var table = s_upTo203A;
        var count = 0;
        var i = 0;
        var end = text.Length;
        while (i < end)
        {
            while (i < end)
            {
                var c = text[i];
                if (c < (uint)table.Length && table[c])
                {
                    break;
                }

                i++;
            }

            if (i >= end)
            {
                break;
            }

            count++;
            i++;
        }

        return count;
    }

    [Benchmark(Description = "MemoryExtensions.IndexOfAny(span, string)")]
    public int IndexOfAnyStringLoop()
    {
        var text = _text;
        var count = 0;
        var i = 0;
        var end = text.Length;
        while (i < end)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(MarkupChars.AsSpan());
            if (skip < 0)
            {
                break;
            }

            count++;
            i += skip + 1;
        }

        return count;
    }

    [Benchmark(Description = "Vector<ushort> prefilter + table (as SkipProse now ships)")]
    public int VectorPrefilterLoop()
    {
        var text = _text;
        var count = 0;
        var i = 0;
        var end = text.Length;
        while (i < end)
        {
            i = SkipVector(text, i, end);
            if (i >= end)
            {
                break;
            }

            count++;
            i++;
        }

        return count;
    }

    [Benchmark(Description = "limit: IndexOfAny(SearchValues)")]
    public int SearchValuesLoop()
    {
        var span = _text.AsSpan();
        var count = 0;
        while (true)
        {
            var i = span.IndexOfAny(s_markup);
            if (i < 0)
            {
                return count;
            }

            count++;
            span = span.Slice(i + 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkupTable(char c)
    {
        if (c < 128)
        {
            return s_ascii[c];
        }

        return (c >= '\u2018' && c <= '\u201E' && c != '\u201B') || c == '\u2039' || c == '\u203A' || c == '\u00AB' || c == '\u00BB';
    }

    private static int SkipVector(string text, int i, int end)
    {
        var span = MemoryMarshal.Cast<char, ushort>(text.AsSpan(0, end));
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<ushort>.Count;
            var nonAscii = new Vector<ushort>(0xAB);
            var backslash = new Vector<ushort>('\\');
            var open = new Vector<ushort>('[');
            var close = new Vector<ushort>(']');
            var brace = new Vector<ushort>('{');
            var quote = new Vector<ushort>('"');
            var apostrophe = new Vector<ushort>('\'');
            while (i + width <= end)
            {
                var v = new Vector<ushort>(span.Slice(i, width));
                var hit = Vector.GreaterThanOrEqual(v, nonAscii)
                    | Vector.Equals(v, backslash) | Vector.Equals(v, open) | Vector.Equals(v, close)
                    | Vector.Equals(v, brace) | Vector.Equals(v, quote) | Vector.Equals(v, apostrophe);
                if (hit == Vector<ushort>.Zero)
                {
                    i += width;
                    continue;
                }

                for (var k = 0; k < width; k++)
                {
                    if (IsMarkupTable(text[i + k]))
                    {
                        return i + k;
                    }
                }

                i += width;
            }
        }

        while (i < end && !IsMarkupTable(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool[] CreateAscii()
    {
        var table = new bool[128];
        foreach (var c in "\\[]{\"'")
        {
            table[c] = true;
        }

        return table;
    }

    private static bool[] CreateUpTo203A()
    {
        var table = new bool[0x203B];
        foreach (var c in MarkupChars)
        {
            table[c] = true;
        }

        return table;
    }
}
