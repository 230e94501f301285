// learner: optimal
// idiom: OCaml style: BFS with VecDeque + parent options and a rev-accumulator path rebuild; DFS with an explicit frame stack and a Colour variant
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            // let rec back acc v = match parent.(v) with None -> v :: acc | Some p -> back (v :: acc) p
            let mut acc = Vec::new();
            let mut v = goal;
            loop {
                acc.push(v);
                match parent[v] {
                    None => break,
                    Some(p) => v = p,
                }
            }
            acc.reverse();
            return Some(acc);
        }
        for &v in &adj[u] {
            match seen[v] {
                true => (),
                false => {
                    seen[v] = true;
                    parent[v] = Some(u);
                    queue.push_back(v);
                }
            }
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Colour {
    White,
    Grey,
    Black,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut colour = vec![Colour::White; n];
    let mut finished = Vec::with_capacity(n);
    // (node, next edge index); the stack is the grey path, bottom to top
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut depth_of = vec![usize::MAX; n];

    for root in 0..n {
        if colour[root] != Colour::White {
            continue;
        }
        colour[root] = Colour::Grey;
        depth_of[root] = 0;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut next)) = stack.last_mut() {
            match adj[u].get(*next) {
                None => {
                    colour[u] = Colour::Black;
                    finished.push(u);
                    stack.pop();
                }
                Some(&v) => {
                    *next += 1;
                    match colour[v] {
                        Colour::Black => (),
                        Colour::Grey => {
                            let from = depth_of[v];
                            return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                        }
                        Colour::White => {
                            colour[v] = Colour::Grey;
                            depth_of[v] = stack.len();
                            stack.push((v, 0));
                        }
                    }
                }
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
