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
    let mut graph = vec![Vec::new(); n];
    let goal = n - 1;
    for v in 1..goal {
        // A random spanning tree plus two random extra edges per node.
        let parents = [
            near_below(v, rng),
            near_below(v, rng),
            near_below(v, rng),
        ];
        for u in parents {
            graph[u].push(v);
            graph[v].push(u);
        }
    }
    let mut rank: Vec<usize> = (0..n).collect();
    for block in rank.chunks_mut(SPAN as usize) {
        rng.shuffle(block);
    }
    let mut dag = vec![Vec::new(); n];
    for i in 1..n {
        for _ in 0..3 {
            let j = near_below(i, rng);
            dag[rank[j]].push(rank[i]);
        }
    }
    Input { graph, goal, dag }
}

/// One failed BFS over the whole graph and one topological sort of the DAG.
pub fn run(input: Input) -> u64 {
    let path = shortest_path(&input.graph, 0, input.goal).map_or(0, |p| p.len());
    let order = topological_order(&input.dag).map_or(0, |o| o.len());
    (path + order) as u64
}
