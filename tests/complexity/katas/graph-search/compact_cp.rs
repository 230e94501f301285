// learner: optimal
// idiom: competitive-programmer style: short names, index loops, everything inline in each function
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut p = vec![usize::MAX; n];
    let mut q = VecDeque::new();
    p[start] = start;
    q.push_back(start);
    while let Some(u) = q.pop_front() {
        if u == goal {
            break;
        }
        for i in 0..adj[u].len() {
            let v = adj[u][i];
            if p[v] == usize::MAX {
                p[v] = u;
                q.push_back(v);
            }
        }
    }
    if p[goal] == usize::MAX {
        return None;
    }
    let mut r = vec![goal];
    let mut x = goal;
    while x != start {
        x = p[x];
        r.push(x);
    }
    r.reverse();
    Some(r)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut c = vec![0u8; n];
    let mut st: Vec<(usize, usize)> = Vec::new();
    let mut o = Vec::with_capacity(n);
    for s in 0..n {
        if c[s] != 0 {
            continue;
        }
        c[s] = 1;
        st.push((s, 0));
        while !st.is_empty() {
            let t = st.len() - 1;
            let (u, i) = st[t];
            if i < adj[u].len() {
                st[t].1 += 1;
                let v = adj[u][i];
                if c[v] == 0 {
                    c[v] = 1;
                    st.push((v, 0));
                } else if c[v] == 1 {
                    let mut k = t;
                    while st[k].0 != v {
                        k -= 1;
                    }
                    let mut cy = Vec::new();
                    for j in k..=t {
                        cy.push(st[j].0);
                    }
                    return Err(cy);
                }
            } else {
                c[u] = 2;
                o.push(u);
                st.pop();
            }
        }
    }
    o.reverse();
    Ok(o)
}
