// learner: slow
// idiom: MUMPS: every set kept in key order like a global (sorted Vec + binary_search + insert): the BFS "seen" list and Kahn's ready list ($ORDER(READY(""),-1) takes the top)
// why: inserting into the middle of a sorted Vec shifts the tail: O(V) per insert, O(V^2) per search when nodes are discovered out of index order (a star, a shuffled graph)

//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let nn = adj.len();
    let mut par: Vec<usize> = vec![usize::MAX; nn];
    let mut seen: Vec<usize> = vec![start]; // ^TMP($J,"SEEN",N)="" kept sorted
    let mut q = VecDeque::new();
    q.push_back(start);
    while let Some(nd) = q.pop_front() {
        if nd == goal {
            let mut p = vec![goal];
            let mut x = goal;
            while x != start {
                x = par[x];
                p.push(x);
            }
            p.reverse();
            return Some(p);
        }
        for &to in &adj[nd] {
            match seen.binary_search(&to) {
                Ok(_) => {}
                Err(at) => {
                    seen.insert(at, to);
                    par[to] = nd;
                    q.push_back(to);
                }
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let nn = adj.len();
    let mut deg = vec![0usize; nn];
    for l in adj {
        for &t in l {
            deg[t] += 1;
        }
    }
    // READY kept in descending order so the lowest subscript sits at the end
    let mut rdy: Vec<usize> = (0..nn).rev().filter(|&n| deg[n] == 0).collect();
    let mut out = Vec::with_capacity(nn);
    while let Some(nd) = rdy.pop() {
        out.push(nd);
        for &t in &adj[nd] {
            deg[t] -= 1;
            if deg[t] == 0 {
                let at = rdy.partition_point(|&r| r > t);
                rdy.insert(at, t);
            }
        }
    }
    if out.len() == nn {
        return Ok(out);
    }
    let mut pr = vec![usize::MAX; nn];
    for u in 0..nn {
        if deg[u] != 0 {
            for &t in &adj[u] {
                if deg[t] != 0 {
                    pr[t] = u;
                }
            }
        }
    }
    let mut at = vec![usize::MAX; nn];
    let mut wk = Vec::new();
    let mut x = (0..nn).find(|&n| deg[n] != 0).unwrap();
    while at[x] == usize::MAX {
        at[x] = wk.len();
        wk.push(x);
        x = pr[x];
    }
    let mut c = wk[at[x]..].to_vec();
    c.reverse();
    Err(c)
}
