// learner: optimal
// idiom: TA textbook style: VecDeque BFS with Option parents, enum colours, stack of (node, next_edge) frames, doc comments and debug_asserts
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached.
///
/// Invariant: `parent[v].is_some()` exactly when `v` has been enqueued.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    assert!(start < adj.len() && goal < adj.len(), "start and goal must be nodes");
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    parent[start] = Some(start);
    queue.push_back(start);

    while let Some(node) = queue.pop_front() {
        if node == goal {
            return Some(rebuild_path(&parent, start, goal));
        }
        for &next in &adj[node] {
            if parent[next].is_none() {
                parent[next] = Some(node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// Follows the parent pointers from `goal` back to `start`, then reverses.
fn rebuild_path(parent: &[Option<usize>], start: usize, goal: usize) -> Vec<usize> {
    let mut path = vec![goal];
    let mut current = goal;
    while current != start {
        current = parent[current].expect("every visited node except start has a parent");
        path.push(current);
    }
    path.reverse();
    debug_assert_eq!(path.first(), Some(&start));
    path
}

/// The three states of a node during depth-first search.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Colour {
    /// Not discovered yet.
    White,
    /// On the current DFS path.
    Grey,
    /// Finished: everything reachable from it is finished too.
    Black,
}

/// A DFS frame: the node and the index of the next outgoing edge to try.
struct Frame {
    node: usize,
    next_edge: usize,
}

/// A topological order of the graph, or `Err(cycle)` with one directed cycle.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut colour = vec![Colour::White; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<Frame> = Vec::new();

    for root in 0..n {
        if colour[root] != Colour::White {
            continue;
        }
        colour[root] = Colour::Grey;
        stack.push(Frame { node: root, next_edge: 0 });

        while let Some(frame) = stack.last_mut() {
            let u = frame.node;
            if frame.next_edge == adj[u].len() {
                colour[u] = Colour::Black;
                finished.push(u);
                stack.pop();
                continue;
            }
            let v = adj[u][frame.next_edge];
            frame.next_edge += 1;
            match colour[v] {
                Colour::White => {
                    colour[v] = Colour::Grey;
                    stack.push(Frame { node: v, next_edge: 0 });
                }
                Colour::Grey => return Err(extract_cycle(&stack, v)),
                Colour::Black => {}
            }
        }
    }

    assert_eq!(finished.len(), n, "every node is finished exactly once");
    finished.reverse();
    Ok(finished)
}

/// The grey frames from `v` up to the top of the stack form a cycle.
fn extract_cycle(stack: &[Frame], v: usize) -> Vec<usize> {
    let from = stack
        .iter()
        .rposition(|f| f.node == v)
        .expect("a grey node is on the stack");
    stack[from..].iter().map(|f| f.node).collect()
}
