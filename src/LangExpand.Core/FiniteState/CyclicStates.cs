namespace LangExpand.Core.FiniteState;

/// <summary>Finds the states of a graph that lie on a cycle (Tarjan's strongly connected components, without recursion).</summary>
internal static class CyclicStates
{
    /// <summary>States with an arc to themselves or in a strongly connected component of two or more states.</summary>
    public static IReadOnlySet<int> Find(IReadOnlyDictionary<int, AttArc[]> arcs)
    {
        var index = new Dictionary<int, int>();
        var low = new Dictionary<int, int>();
        var component = new Stack<int>();
        var onComponent = new HashSet<int>();
        var cyclic = new HashSet<int>();
        foreach (var root in arcs.Keys.Where(s => !index.ContainsKey(s)).ToList())
        {
            var work = new Stack<(int State, int Next)>();
            Enter(root);
            while (work.Count > 0)
            {
                var (state, next) = work.Pop();
                var outgoing = arcs.TryGetValue(state, out var found) ? found : [];
                if (next < outgoing.Length)
                {
                    work.Push((state, next + 1));
                    var target = outgoing[next].Target;
                    if (target == state)
                    {
                        cyclic.Add(state);
                    }
                    if (!index.ContainsKey(target))
                    {
                        Enter(target);
                    }
                    else if (onComponent.Contains(target))
                    {
                        low[state] = Math.Min(low[state], index[target]);
                    }
                    continue;
                }
                if (work.TryPeek(out var parent))
                {
                    low[parent.State] = Math.Min(low[parent.State], low[state]);
                }
                if (low[state] == index[state])
                {
                    PopComponent(state);
                }
            }

            void Enter(int state)
            {
                index[state] = low[state] = index.Count;
                component.Push(state);
                onComponent.Add(state);
                work.Push((state, 0));
            }
        }
        return cyclic;

        void PopComponent(int head)
        {
            var members = new List<int>();
            int member;
            do
            {
                member = component.Pop();
                onComponent.Remove(member);
                members.Add(member);
            }
            while (member != head);
            if (members.Count > 1)
            {
                cyclic.UnionWith(members);
            }
        }
    }
}
