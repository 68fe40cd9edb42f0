using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Reach;

/// <summary>
/// Which code of a compilation connector code reaches: the members of connector classes and the
/// methods and constructors they call, directly or through other calls, at most
/// <see cref="MaxDepth"/> calls away. The rules about data (TWIST2001-2005, 3001) and outbound URLs
/// (TWIST4008) apply there, so helpers and mapper classes are checked like the connector itself.
/// </summary>
/// <remarks>
/// Calls are matched by name from syntax, without binding: a call to <c>From</c> reaches every source
/// method named <c>From</c>, <c>new Mapper(...)</c> every constructor of a type named <c>Mapper</c>; a
/// call written <c>IssueMapper.From(...)</c> reaches only the <c>From</c> of types named <c>IssueMapper</c>
/// when such a type has one (otherwise the receiver is a variable or property, and every <c>From</c>
/// counts). This over-approximation costs one pass over each file's calls (<see cref="FileNodes"/>),
/// shared by every analyzer of the package through <see cref="For"/>, whichever analyzes a file
/// first. The reachable set is computed once, when first asked for at the end of the compilation.
/// </remarks>
internal sealed class ConnectorReach
{
    /// <summary>How many calls away from connector code a helper is still followed.</summary>
    public const int MaxDepth = 5;

    private static readonly ConditionalWeakTable<Compilation, ConnectorReach> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, Lazy<bool>> _recordedTrees = new();
    private readonly ConcurrentDictionary<ISymbol, MemberCalls> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Dictionary<string, int>> _reachedFrom = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(string Type, string Member), bool> _typeHasMember = new();
    private Dictionary<string, int>? _reached;
    private Dictionary<string, List<MemberCalls>>? _byName;

    private ConnectorReach(Compilation compilation) => _compilation = compilation;

    /// <summary>The reach of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    public static ConnectorReach For(Compilation compilation) => ByCompilation.GetValue(compilation, c => new ConnectorReach(c));

    /// <summary>Records the calls of one file (once per file, whichever analyzer comes first; others wait for it).</summary>
    public void Record(SemanticModel model, CancellationToken cancellationToken)
    {
        var tree = model.SyntaxTree;
        _ = _recordedTrees.GetOrAdd(tree, _ => new Lazy<bool>(() => RecordTree(model, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private bool RecordTree(SemanticModel model, CancellationToken cancellationToken)
    {
        var members = new DeclaringMembers(model, cancellationToken);
        foreach (var node in FileNodes.Of(model.SyntaxTree, cancellationToken))
        {
            var called = node switch
            {
                InvocationExpressionSyntax invocation when CallSyntax.CalledName(invocation) is { } name
                    => new Call(name, invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } ? receiver.Identifier.ValueText : null),
                ObjectCreationExpressionSyntax creation when CallSyntax.RightmostName(creation.Type) is { } type => new Call(Constructor(type), null),
                _ => (Call?)null,
            };
            if (called is not { } call || members.Of(node) is not { } member) continue;
            // A member's calls all come from the file that declares it, recorded by one thread.
            _members.GetOrAdd(member, m => new MemberCalls(m)).Add(call);
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="member"/> is connector code or reached from it within <see cref="MaxDepth"/>
    /// calls. Ask only at the end of the compilation, from an analyzer that recorded every file: the
    /// answer is computed once, from what is recorded by then.
    /// </summary>
    public bool IsReachable(ISymbol member)
        => ConnectorScope.IsInConnector(member) || IsIn(Reached(), member);

    /// <summary>Whether <paramref name="member"/> is reached from the members of <paramref name="connector"/> (ask as for <see cref="IsReachable"/>).</summary>
    public bool IsReachableFrom(INamedTypeSymbol connector, ISymbol member)
    {
        if (IsDeclaredIn(member, connector)) return true;
        var reached = _reachedFrom.GetOrAdd(connector, c => Walk(calls => IsDeclaredIn(calls.Member, (INamedTypeSymbol)c)));
        return IsIn(reached, member);
    }

    /// <summary>The connector classes whose code reaches <paramref name="member"/> (ask as for <see cref="IsReachable"/>).</summary>
    public IEnumerable<INamedTypeSymbol> ConnectorsReaching(ISymbol member)
    {
        var connectors = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var calls in _members.Values)
        {
            if (ConnectorOf(calls.Member) is { } connector) connectors.Add(connector);
        }
        foreach (var connector in connectors)
        {
            if (IsReachableFrom(connector, member)) yield return connector;
        }
    }

    /// <summary>The connector or twist class that declares <paramref name="member"/> (itself or around a nested type), if any.</summary>
    public static INamedTypeSymbol? ConnectorOf(ISymbol member)
    {
        for (var type = member as INamedTypeSymbol ?? member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (ConnectorScope.IsTwist(type)) return type;
        }
        return null;
    }

    private Dictionary<string, int> Reached()
    {
        var reached = Volatile.Read(ref _reached);
        if (reached is not null) return reached;
        reached = Walk(calls => ConnectorScope.IsInConnector(calls.Member));
        Interlocked.CompareExchange(ref _reached, reached, null);
        return _reached!;
    }

    /// <summary>The keys (<see cref="KeyOf"/>) reached from the members chosen by <paramref name="isRoot"/>, with how many calls away.</summary>
    private Dictionary<string, int> Walk(Func<MemberCalls, bool> isRoot)
    {
        var byKey = ByKey();
        var reached = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        foreach (var calls in _members.Values)
        {
            if (!isRoot(calls)) continue;
            foreach (var call in calls.Calls) Reach(KeyOf(call), 1);
        }
        while (pending.Count > 0)
        {
            var key = pending.Dequeue();
            var depth = reached[key];
            if (depth >= MaxDepth || !byKey.TryGetValue(key, out var callers)) continue;
            foreach (var calls in callers)
            {
                foreach (var call in calls.Calls) Reach(KeyOf(call), depth + 1);
            }
        }
        return reached;

        void Reach(string key, int depth)
        {
            if (reached.ContainsKey(key)) return;
            reached[key] = depth;
            pending.Enqueue(key);
        }
    }

    /// <summary>The recorded members by both keys that reach them: their name and their type-qualified name.</summary>
    private Dictionary<string, List<MemberCalls>> ByKey()
    {
        var byKey = Volatile.Read(ref _byName);
        if (byKey is not null) return byKey;
        byKey = new Dictionary<string, List<MemberCalls>>(StringComparer.Ordinal);
        foreach (var calls in _members.Values)
        {
            Add(NameOf(calls.Member), calls);
            if (calls.Member.ContainingType is { } type) Add(type.Name + "." + NameOf(calls.Member), calls);
        }
        Interlocked.CompareExchange(ref _byName, byKey, null);
        return _byName!;

        void Add(string key, MemberCalls calls)
        {
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<MemberCalls>();
            list.Add(calls);
        }
    }

    /// <summary><c>Type.Name</c> when the call names a type that has such a member, else the bare name.</summary>
    private string KeyOf(Call call)
        => call.Receiver is { } receiver && _typeHasMember.GetOrAdd((receiver, call.Name), HasMember) ? receiver + "." + call.Name : call.Name;

    private bool HasMember((string Type, string Member) key)
    {
        foreach (var symbol in _compilation.GetSymbolsWithName(key.Type, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type && !type.GetMembers(key.Member).IsEmpty) return true;
        }
        return false;
    }

    private static bool IsIn(Dictionary<string, int> reached, ISymbol member)
        => reached.ContainsKey(NameOf(member)) || (member.ContainingType is { } type && reached.ContainsKey(type.Name + "." + NameOf(member)));

    /// <summary>The name a call reaches a member by: its own, or for a constructor its type's (with a marker, so <c>new X()</c> does not reach a method <c>X</c>).</summary>
    private static string NameOf(ISymbol member)
        => member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ctor ? Constructor(ctor.ContainingType.Name) : member.Name;

    private static string Constructor(string typeName) => "new " + typeName;

    private static bool IsDeclaredIn(ISymbol member, INamedTypeSymbol connector)
        => SymbolEqualityComparer.Default.Equals(ConnectorOf(member), connector);

    /// <summary>A call as written: the called name and, for <c>Receiver.Name(...)</c>, the receiver's identifier.</summary>
    private readonly record struct Call(string Name, string? Receiver);

    /// <summary>The calls one member makes.</summary>
    private sealed class MemberCalls(ISymbol member)
    {
        private readonly HashSet<Call> _calls = new();

        public ISymbol Member { get; } = member;

        public IEnumerable<Call> Calls => _calls;

        public void Add(Call call) => _calls.Add(call);
    }
}
