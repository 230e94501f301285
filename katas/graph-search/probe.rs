use crate::Rng;
use graph_search::{shortest_path, topological_order};

pub struct Input {
    graph: Vec<Vec<usize>>,
    goal: usize,
    dag: Vec<Vec<usize>>,
}

/// Two graphs of n nodes and about 3n edges each:
/// - `graph`: undirected, connected except for the goal, which nothing points to, so BFS must
///   explore everything before it gives up (its worst case);
/// - `dag`: a random DAG (edges go from earlier to later in a hidden random order).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let n = n.max(2);
    let mut graph = vec![Vec::new(); n];
    let goal = n - 1;
    for v in 1..goal {
        // A random spanning tree plus two random extra edges per node.
        let parents = [
            rng.below(v as u64) as usize,
            rng.below(goal as u64) as usize,
            rng.below(goal as u64) as usize,
        ];
        for u in parents {
            graph[u].push(v);
            graph[v].push(u);
        }
    }
    let mut rank: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut rank);
    let mut dag = vec![Vec::new(); n];
    for i in 1..n {
        for _ in 0..3 {
            let j = rng.below(i as u64) as usize;
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
