// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited is a Vec<usize> scanned with contains on every edge
use std::collections::VecDeque;

// Julia habit: `v in visited` on a vector
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut visited: Vec<usize> = vec![start];
    let mut pred = vec![usize::MAX; n];
    let mut q = VecDeque::new();
    q.push_back(start);
    while let Some(u) = q.pop_front() {
        if u == goal {
            let mut p = vec![goal];
            let mut x = goal;
            while x != start {
                x = pred[x];
                p.push(x);
            }
            p.reverse();
            return Some(p);
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                pred[v] = u;
                q.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut out = Vec::with_capacity(n);
    let mut st: Vec<(usize, usize)> = Vec::new();
    for r in 0..n {
        if state[r] != 0 {
            continue;
        }
        state[r] = 1;
        st.push((r, 0));
        while !st.is_empty() {
            let t = st.len() - 1;
            let (u, k) = st[t];
            if k < adj[u].len() {
                st[t].1 += 1;
                let v = adj[u][k];
                if state[v] == 0 {
                    state[v] = 1;
                    st.push((v, 0));
                } else if state[v] == 1 {
                    let mut j = t;
                    while st[j].0 != v {
                        j -= 1;
                    }
                    return Err(st[j..].iter().map(|e| e.0).collect());
                }
            } else {
                state[u] = 2;
                out.push(u);
                st.pop();
            }
        }
    }
    out.reverse();
    Ok(out)
}
