use crate::Rng;
use graph_search::{shortest_path, topological_order};

pub struct Input {
    graph: Vec<Vec<usize>>,
    goal: usize,
    dag: Vec<Vec<usize>>,
}

/// Edges join nodes at most this far apart: random enough for the search, local enough that
/// the measurement sees the algorithm's growth rather than cache misses on huge graphs.
const SPAN: u64 = 64;

/// A node within `SPAN` below `v` (`v > 0`).
fn near_below(v: usize, rng: &mut Rng) -> usize {
    v - 1 - rng.below(SPAN.min(v as u64)) as usize
}

/// Two graphs of n nodes and about 3n edges each:
/// - `graph`: undirected, connected except for the goal, which nothing points to, so BFS must
///   explore everything before it gives up (its worst case);
/// - `dag`: a random DAG (edges go from earlier to later in a hidden order, shuffled locally).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let n = n.max(2);
    let goal = n - 1;
    let mut edges = Vec::with_capacity(6 * n);
    for v in 1..goal {
        // A random spanning tree plus two random extra edges per node.
        for _ in 0..3 {
            let u = near_below(v, rng);
            edges.push((u, v));
            edges.push((v, u));
        }
    }
    let graph = adjacency(n, &edges);
    let mut rank: Vec<usize> = (0..n).collect();
    for block in rank.chunks_mut(SPAN as usize) {
        rng.shuffle(block);
    }
    edges.clear();
    for i in 1..n {
        for _ in 0..3 {
            let j = near_below(i, rng);
            edges.push((rank[j], rank[i]));
        }
    }
    let dag = adjacency(n, &edges);
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
