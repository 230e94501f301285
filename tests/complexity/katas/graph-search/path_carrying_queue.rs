// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): every queue entry carries its whole path, cloned for each neighbour
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut seen = vec![false; n];
    let mut q: VecDeque<Vec<usize>> = VecDeque::new();
    seen[start] = true;
    q.push_back(vec![start]);
    while let Some(path) = q.pop_front() {
        let u = *path.last().unwrap();
        if u == goal {
            return Some(path);
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                let mut ext = path.clone();
                ext.push(v);
                q.push_back(ext);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = unseen, 1 = on path, 2 = done
    let n = adj.len();
    let mut mark = vec![0u8; n];
    let mut out = Vec::with_capacity(n);
    let mut st: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if mark[s] != 0 {
            continue;
        }
        mark[s] = 1;
        st.push((s, 0));
        while !st.is_empty() {
            let top = st.len() - 1;
            let (u, i) = st[top];
            if i == adj[u].len() {
                mark[u] = 2;
                out.push(u);
                st.pop();
                continue;
            }
            st[top].1 += 1;
            let v = adj[u][i];
            if mark[v] == 1 {
                let mut k = top;
                while st[k].0 != v {
                    k -= 1;
                }
                return Err(st[k..].iter().map(|e| e.0).collect());
            }
            if mark[v] == 0 {
                mark[v] = 1;
                st.push((v, 0));
            }
        }
    }
    out.reverse();
    Ok(out)
}
