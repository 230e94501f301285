// learner: optimal
// idiom: Kotlin-dev style: enum Color state, VecDeque BFS with parent Vec<Option>, explicit stack of (node, next edge) frames, match-heavy
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = parent[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &next in &adj[node] {
            if !seen[next] {
                seen[next] = true;
                parent[next] = Some(node);
                queue.push_back(next);
            }
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum Color {
    White,
    Gray,
    Black,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut color = vec![Color::White; n];
    let mut finished = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if color[root] != Color::White {
            continue;
        }
        color[root] = Color::Gray;
        stack.push((root, 0));
        while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
            match adj[node].get(*edge).copied() {
                Some(next) => {
                    *edge += 1;
                    match color[next] {
                        Color::White => {
                            color[next] = Color::Gray;
                            stack.push((next, 0));
                        }
                        Color::Gray => {
                            let from = stack.iter().position(|&(v, _)| v == next).unwrap();
                            return Err(stack[from..].iter().map(|&(v, _)| v).collect());
                        }
                        Color::Black => {}
                    }
                }
                None => {
                    color[node] = Color::Black;
                    finished.push(node);
                    stack.pop();
                }
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
