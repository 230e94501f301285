// learner: optimal
// idiom: textbook std: VecDeque queue with Option parents, DFS with a stack of slice iterators and a Vec<u8> colour array
//! Graph search, breadth first and depth first: see README.md.

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
            let mut at = goal;
            while let Some(p) = parent[at] {
                path.push(p);
                at = p;
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

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let mut colour = vec![WHITE; adj.len()];
    let mut out = Vec::with_capacity(adj.len());
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();
    for s in 0..adj.len() {
        if colour[s] != WHITE {
            continue;
        }
        colour[s] = GREY;
        path.push(s);
        iters.push(adj[s].iter());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) if colour[v] == WHITE => {
                    colour[v] = GREY;
                    path.push(v);
                    iters.push(adj[v].iter());
                }
                Some(&v) if colour[v] == GREY => {
                    let i = path.iter().position(|&w| w == v).unwrap();
                    return Err(path.split_off(i));
                }
                Some(_) => {}
                None => {
                    iters.pop();
                    let u = path.pop().unwrap();
                    colour[u] = BLACK;
                    out.push(u);
                }
            }
        }
    }
    out.reverse();
    Ok(out)
}
