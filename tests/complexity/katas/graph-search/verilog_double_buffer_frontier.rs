// learner: optimal
// idiom: verilog: level-synchronous BFS with ping-pong frontier buffers; DFS with per-node edge counter regfile and parent links
// why: every node enters one frontier once and every edge is scanned once; DFS advances each node's edge counter monotonically: O(V + E) time, O(V) extra
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut prev: Vec<usize> = vec![NONE; n];
    let mut seen: Vec<bool> = vec![false; n];
    seen[start] = true;

    // ping-pong buffers: `cur` is this clock cycle's frontier, `nxt` is being filled
    let mut cur: Vec<usize> = vec![start];
    let mut nxt: Vec<usize> = Vec::new();
    let mut found = start == goal;

    while !found && !cur.is_empty() {
        let mut i = 0;
        while i < cur.len() {
            let u = cur[i];
            let mut e = 0;
            while e < adj[u].len() {
                let v = adj[u][e];
                if !seen[v] {
                    seen[v] = true;
                    prev[v] = u;
                    nxt.push(v);
                    if v == goal {
                        found = true;
                    }
                }
                e += 1;
            }
            i += 1;
        }
        // swap the banks, clear the one we just consumed
        std::mem::swap(&mut cur, &mut nxt);
        nxt.clear();
    }
    if !found {
        return None;
    }
    let mut trail = Vec::new();
    let mut at = goal;
    loop {
        trail.push(at);
        if at == start {
            break;
        }
        at = prev[at];
    }
    trail.reverse();
    Some(trail)
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
    let mut edge_cnt: Vec<usize> = vec![0; n]; // next edge to try, per node
    let mut up: Vec<usize> = vec![NONE; n]; // DFS tree parent
    let mut post: Vec<usize> = Vec::with_capacity(n);

    for s in 0..n {
        if color[s] != Color::White {
            continue;
        }
        color[s] = Color::Gray;
        let mut u = s;
        // no stack at all: the parent links are the stack
        loop {
            if edge_cnt[u] < adj[u].len() {
                let v = adj[u][edge_cnt[u]];
                edge_cnt[u] += 1;
                if color[v] == Color::White {
                    color[v] = Color::Gray;
                    up[v] = u;
                    u = v;
                } else if color[v] == Color::Gray {
                    // v .. u along the tree, then u -> v closes it
                    let mut loop_nodes = Vec::new();
                    let mut w = u;
                    while w != v {
                        loop_nodes.push(w);
                        w = up[w];
                    }
                    loop_nodes.push(v);
                    loop_nodes.reverse();
                    return Err(loop_nodes);
                }
            } else {
                color[u] = Color::Black;
                post.push(u);
                if u == s {
                    break;
                }
                u = up[u];
            }
        }
    }
    post.reverse();
    Ok(post)
}
