// learner: optimal
// idiom: quant-style preallocated flat arrays, hand-rolled ring queue with head/tail indices, usize::MAX sentinels, index loops
//! Graph search, breadth first and depth first.

const NIL: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start == goal {
        return Some(vec![start]);
    }
    // each node enqueued at most once -> capacity n is enough, ring never wraps past tail
    let mut ring: Vec<usize> = vec![0; n];
    let mut head: usize = 0;
    let mut tail: usize = 0;
    let mut par: Vec<usize> = vec![NIL; n];
    par[start] = start;
    ring[tail] = start;
    tail += 1;
    let mut found = false;
    'outer: while head != tail {
        let u = ring[head];
        head += 1;
        let nb = &adj[u];
        let m = nb.len();
        let mut j = 0;
        while j < m {
            let v = nb[j];
            j += 1;
            if par[v] != NIL {
                continue;
            }
            par[v] = u;
            if v == goal {
                found = true;
                break 'outer;
            }
            ring[tail] = v;
            tail += 1;
        }
    }
    if !found {
        return None;
    }
    let mut out: Vec<usize> = Vec::with_capacity(16);
    let mut cur = goal;
    while cur != start {
        out.push(cur);
        cur = par[cur];
    }
    out.push(start);
    out.reverse();
    Some(out)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // 0 = fresh, 1 = on stack, 2 = done
    let mut st: Vec<u8> = vec![0; n];
    let mut cursor: Vec<usize> = vec![0; n];
    let mut stk: Vec<usize> = Vec::with_capacity(n);
    let mut post: Vec<usize> = Vec::with_capacity(n);
    for root in 0..n {
        if st[root] != 0 {
            continue;
        }
        st[root] = 1;
        stk.push(root);
        while let Some(&u) = stk.last() {
            let i = cursor[u];
            if i < adj[u].len() {
                cursor[u] = i + 1;
                let v = adj[u][i];
                if st[v] == 0 {
                    st[v] = 1;
                    stk.push(v);
                } else if st[v] == 1 {
                    // back edge u -> v: v sits somewhere in stk, cycle is stk[pos..]
                    let mut pos = stk.len() - 1;
                    while stk[pos] != v {
                        pos -= 1;
                    }
                    return Err(stk[pos..].to_vec());
                }
            } else {
                st[u] = 2;
                post.push(u);
                stk.pop();
            }
        }
    }
    post.reverse();
    Ok(post)
}
