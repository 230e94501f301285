// learner: optimal
// idiom: MUMPS: BFS level by level (CUR/NXT lists swapped like KILL/MERGE of two ^TMP nodes), DFS keeps a per-node $ORDER cursor NX(N) and a plain node stack; IN(N) = position on the stack
// why: each node lands in one level list and on the stack once, each edge is looked at once: O(V + E) time, O(V) extra space

//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let nn = adj.len();
    let mut par: Vec<Option<usize>> = vec![None; nn];
    let mut vis = vec![false; nn];
    vis[start] = true;
    let mut cur = vec![start];
    let mut nxt: Vec<usize> = Vec::new();
    let mut hit = start == goal;
    while !hit && !cur.is_empty() {
        for &nd in &cur {
            for &to in &adj[nd] {
                if vis[to] {
                    continue;
                }
                vis[to] = true;
                par[to] = Some(nd);
                if to == goal {
                    hit = true;
                }
                nxt.push(to);
            }
        }
        std::mem::swap(&mut cur, &mut nxt);
        nxt.clear();
    }
    if !hit {
        return None;
    }
    let mut rv = vec![goal];
    let mut x = goal;
    while let Some(p) = par[x] {
        rv.push(p);
        x = p;
    }
    rv.reverse();
    Some(rv)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let nn = adj.len();
    const NONE: usize = usize::MAX;
    let mut nx = vec![0usize; nn]; // NX(N): next subscript of ADJ(N) to try
    let mut inx = vec![NONE; nn]; // IN(N): index on STK while N is on the path
    let mut dn = vec![false; nn]; // DN(N): finished
    let mut stk: Vec<usize> = Vec::new();
    let mut fin: Vec<usize> = Vec::with_capacity(nn);
    for r in 0..nn {
        if dn[r] || inx[r] != NONE {
            continue;
        }
        inx[r] = 0;
        stk.push(r);
        while let Some(&nd) = stk.last() {
            let i = nx[nd];
            if i == adj[nd].len() {
                // Q - all subscripts walked
                stk.pop();
                inx[nd] = NONE;
                dn[nd] = true;
                fin.push(nd);
                continue;
            }
            nx[nd] = i + 1;
            let to = adj[nd][i];
            if dn[to] {
                continue;
            }
            if inx[to] != NONE {
                return Err(stk[inx[to]..].to_vec());
            }
            inx[to] = stk.len();
            stk.push(to);
        }
    }
    fin.reverse();
    Ok(fin)
}
