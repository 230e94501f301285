// learner: optimal
// idiom: Go-style: helpers with many parameters (bfs fills a parent slice, build_path, cycle_from), usize::MAX sentinels, u8 colour constants, frames of (node, next edge) in two parallel Vecs
use std::collections::VecDeque;

const NONE: usize = usize::MAX;
const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

fn bfs(adj: &[Vec<usize>], start: usize, goal: usize, parent: &mut [usize], seen: &mut [bool]) -> bool {
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            return true;
        }
        for &v in &adj[u] {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            parent[v] = u;
            queue.push_back(v);
        }
    }
    false
}

fn build_path(parent: &[usize], start: usize, goal: usize) -> Vec<usize> {
    let mut path = vec![goal];
    let mut cur = goal;
    while cur != start {
        cur = parent[cur];
        path.push(cur);
    }
    path.reverse();
    path
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut parent = vec![NONE; n];
    let mut seen = vec![false; n];
    if !bfs(adj, start, goal, &mut parent, &mut seen) {
        return None;
    }
    Some(build_path(&parent, start, goal))
}

fn cycle_from(nodes: &[usize], pos: &[usize], target: usize) -> Vec<usize> {
    let from = pos[target];
    nodes[from..].to_vec()
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut colour = vec![WHITE; n];
    let mut pos = vec![NONE; n];
    let mut finished = Vec::with_capacity(n);
    let mut nodes: Vec<usize> = Vec::new();
    let mut edge: Vec<usize> = Vec::new();
    for root in 0..n {
        if colour[root] != WHITE {
            continue;
        }
        colour[root] = GREY;
        pos[root] = 0;
        nodes.push(root);
        edge.push(0);
        while !nodes.is_empty() {
            let top = nodes.len() - 1;
            let u = nodes[top];
            let i = edge[top];
            if i == adj[u].len() {
                colour[u] = BLACK;
                finished.push(u);
                nodes.pop();
                edge.pop();
                continue;
            }
            edge[top] = i + 1;
            let v = adj[u][i];
            if colour[v] == GREY {
                return Err(cycle_from(&nodes, &pos, v));
            }
            if colour[v] == WHITE {
                colour[v] = GREY;
                pos[v] = nodes.len();
                nodes.push(v);
                edge.push(0);
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
