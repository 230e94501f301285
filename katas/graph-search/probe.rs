use crate::Rng;
use graph_search::{shortest_path, topological_order};

pub struct Input {
    graph: Vec<Vec<usize>>,
    goal: usize,
    dag: Vec<Vec<usize>>,
}

/// The DAG's edges join nodes at most this far apart: random enough for the sort, local enough
/// that the measurement sees its growth rather than cache misses on huge graphs.
const SPAN: u64 = 64;

/// A node within `SPAN` below `v` (`v > 0`).
fn near_below(v: usize, rng: &mut Rng) -> usize {
    v - 1 - rng.below(SPAN.min(v as u64)) as usize
}

/// Two graphs:
/// - `graph`, n nodes, undirected, whose goal (the last node) nothing points to, so BFS must
///   explore everything before it gives up (its worst case). The other nodes are two halves,
///   each a worst case of its own:
///   - a star: the start (node 0) is joined to every node of the first half. The frontier is
///     then half the graph at once: after the start, the queue holds all of them, so a
///     dequeue that costs the queue's length (`queue.remove(0)`,
///     `queue = queue[1..].to_vec()`) makes the search O(n^2), where a local graph (edges
///     between nearby nodes) keeps any queue short and such a dequeue cheap;
///   - a chain: the start is also joined to the first node of the second half, and each of
///     those to the next, so BFS reaches depths up to n/2. A queue entry that carries its
///     whole path (cloned for each neighbour) then costs its depth, O(n^2) over the chain,
///     where the star alone keeps every path two nodes long.
///   The search still walks memory in order (node after node), so cache misses add no growth
///   of their own;
/// - `dag`, n/4 nodes and about 3n/4 edges: a random DAG (edges go from earlier to later in
///   a hidden order, shuffled locally). Quarter size, because the quadratic costs above show
///   in the measurement only where they outweigh the linear work of the run (each of them is
///   paid on half of `graph` only), and the sort would otherwise be much of that work. Its
///   edges are local, so few nodes are ready at once; a fan beside it makes n/8 ready at
///   once: one more source with an edge to each of n/8 more nodes. A ready list that is
///   scanned for the next node (the smallest, for a deterministic order) or shifted from its
///   front (`ready.remove(0)`) then costs its length per node, O(n^2) over the fan.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let n = n.max(2);
    let goal = n - 1;
    let mut edges = Vec::with_capacity(2 * n);
    let chain_start = (goal / 2).max(1);
    for v in 1..chain_start {
        edges.push((0, v));
        edges.push((v, 0));
    }
    let mut previous = 0;
    for v in chain_start..goal {
        edges.push((previous, v));
        edges.push((v, previous));
        previous = v;
    }
    let graph = adjacency(n, &edges);
    let dag_nodes = (n / 4).max(2);
    let mut rank: Vec<usize> = (0..dag_nodes).collect();
    for block in rank.chunks_mut(SPAN as usize) {
        rng.shuffle(block);
    }
    edges.clear();
    for i in 1..dag_nodes {
        for _ in 0..3 {
            let j = near_below(i, rng);
            edges.push((rank[j], rank[i]));
        }
    }
    let fan_source = dag_nodes;
    let fan = (n / 8).max(1);
    for leaf in fan_source + 1..=fan_source + fan {
        edges.push((fan_source, leaf));
    }
    let dag = adjacency(fan_source + fan + 1, &edges);
    Input { graph, goal, dag }
}

/// Adjacency lists allocated in node order with their exact lengths, so the
/// lists lie in memory roughly as the nodes are numbered: without this, lists
/// grown edge by edge scatter over the heap, and from about 16 000 nodes on
/// cache misses add a growth the algorithm does not have (n^1.4 measured for
/// a linear search).
fn adjacency(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut degree = vec![0; n];
    for &(u, _) in edges {
        degree[u] += 1;
    }
    let mut adj: Vec<Vec<usize>> = degree.iter().map(|&d| Vec::with_capacity(d)).collect();
    for &(u, v) in edges {
        adj[u].push(v);
    }
    adj
}

/// One failed BFS over the whole graph and one topological sort of the DAG.
pub fn run(input: Input) -> u64 {
    let path = shortest_path(&input.graph, 0, input.goal).map_or(0, |p| p.len());
    let order = topological_order(&input.dag).map_or(0, |o| o.len());
    (path + order) as u64
}
