// learner: optimal
// idiom: enum colors + match-heavy iterative DFS with an explicit frame struct; BFS with iterator filter and early return
use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq)]
enum Color {
    White,
    Gray,
    Black,
}

struct Frame {
    node: usize,
    edge: usize,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut frontier = VecDeque::from([start]);
    while let Some(u) = frontier.pop_front() {
        if u == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = prev[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in adj[u].iter() {
            if !visited[v] {
                visited[v] = true;
                prev[v] = Some(u);
                frontier.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut color = vec![Color::White; n];
    let mut out = Vec::with_capacity(n);
    let mut stack: Vec<Frame> = Vec::new();
    for root in 0..n {
        if color[root] != Color::White {
            continue;
        }
        color[root] = Color::Gray;
        stack.push(Frame { node: root, edge: 0 });
        while let Some(top) = stack.last_mut() {
            let u = top.node;
            match adj[u].get(top.edge).copied() {
                None => {
                    color[u] = Color::Black;
                    out.push(u);
                    stack.pop();
                }
                Some(v) => {
                    top.edge += 1;
                    match color[v] {
                        Color::White => {
                            color[v] = Color::Gray;
                            stack.push(Frame { node: v, edge: 0 });
                        }
                        Color::Gray => {
                            let from = stack.iter().position(|f| f.node == v).unwrap();
                            return Err(stack[from..].iter().map(|f| f.node).collect());
                        }
                        Color::Black => {}
                    }
                }
            }
        }
    }
    out.reverse();
    Ok(out)
}
