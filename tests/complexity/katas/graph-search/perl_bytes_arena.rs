// learner: optimal
// idiom: Perl-veteran terse Rust: u8 color marks, hand-rolled Vec ring queue with head index, loop/break
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let none = usize::MAX;
    let mut par = vec![none; n];
    let mut q: Vec<usize> = Vec::with_capacity(n);
    let mut h = 0;
    par[start] = start;
    q.push(start);
    while h < q.len() {
        let u = q[h];
        h += 1;
        if u == goal {
            break;
        }
        for &v in &adj[u] {
            if par[v] == none {
                par[v] = u;
                q.push(v);
            }
        }
    }
    if par[goal] == none {
        return None;
    }
    let mut out = vec![goal];
    let mut u = goal;
    while u != start {
        u = par[u];
        out.push(u);
    }
    out.reverse();
    Some(out)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // 0 = fresh, 1 = on stack, 2 = done
    let mut c = vec![0u8; n];
    let mut nx = vec![0usize; n];
    let mut st: Vec<usize> = Vec::new();
    let mut pos = vec![0usize; n];
    let mut out = Vec::with_capacity(n);
    for r in 0..n {
        if c[r] != 0 {
            continue;
        }
        c[r] = 1;
        pos[r] = st.len();
        st.push(r);
        while let Some(&u) = st.last() {
            let i = nx[u];
            if i == adj[u].len() {
                c[u] = 2;
                out.push(u);
                st.pop();
                continue;
            }
            nx[u] += 1;
            let v = adj[u][i];
            match c[v] {
                0 => {
                    c[v] = 1;
                    pos[v] = st.len();
                    st.push(v);
                }
                1 => return Err(st[pos[v]..].to_vec()),
                _ => {}
            }
        }
    }
    out.reverse();
    Ok(out)
}
