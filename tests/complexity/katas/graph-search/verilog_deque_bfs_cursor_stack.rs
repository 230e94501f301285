// learner: optimal
// idiom: verilog: VecDeque BFS with parent regs, explicit (node, edge_ptr) DFS stack with 2-bit node state
// why: each node enqueued/pushed once, each edge read once, O(1) marks in a Vec: O(V + E) time, O(V) extra space
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

const NIL: usize = usize::MAX;

// node state "register" for the DFS, like a 2-bit FSM per node
const ST_IDLE: u8 = 0;
const ST_ACTIVE: u8 = 1;
const ST_DONE: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start == goal {
        return Some(vec![start]);
    }
    // parent[v] == NIL means "not latched yet"
    let mut parent: Vec<usize> = vec![NIL; n];
    parent[start] = start;
    let mut fifo: VecDeque<usize> = VecDeque::with_capacity(n);
    fifo.push_back(start);

    let mut hit = false;
    while let Some(u) = fifo.pop_front() {
        let row = &adj[u];
        let mut k = 0;
        while k < row.len() {
            let v = row[k];
            k += 1;
            if parent[v] != NIL {
                continue;
            }
            parent[v] = u;
            if v == goal {
                hit = true;
                break;
            }
            fifo.push_back(v);
        }
        if hit {
            break;
        }
    }
    if !hit {
        return None;
    }
    // walk the breadcrumbs back, then flip
    let mut path = Vec::new();
    let mut cur = goal;
    path.push(cur);
    while cur != start {
        cur = parent[cur];
        path.push(cur);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state: Vec<u8> = vec![ST_IDLE; n];
    let mut finish: Vec<usize> = Vec::with_capacity(n);
    // stack of (node, next edge index)
    let mut stk: Vec<(usize, usize)> = Vec::new();

    for root in 0..n {
        if state[root] != ST_IDLE {
            continue;
        }
        state[root] = ST_ACTIVE;
        stk.push((root, 0));
        while !stk.is_empty() {
            let top = stk.len() - 1;
            let (u, ptr) = stk[top];
            if ptr < adj[u].len() {
                stk[top].1 = ptr + 1;
                let v = adj[u][ptr];
                match state[v] {
                    ST_IDLE => {
                        state[v] = ST_ACTIVE;
                        stk.push((v, 0));
                    }
                    ST_ACTIVE => {
                        // back edge: the stack from v up to the top is the loop
                        let mut lo = top;
                        while stk[lo].0 != v {
                            lo -= 1;
                        }
                        let mut cyc = Vec::with_capacity(top - lo + 1);
                        for slot in &stk[lo..=top] {
                            cyc.push(slot.0);
                        }
                        return Err(cyc);
                    }
                    _ => {}
                }
            } else {
                state[u] = ST_DONE;
                finish.push(u);
                stk.pop();
            }
        }
    }
    finish.reverse();
    Ok(finish)
}
