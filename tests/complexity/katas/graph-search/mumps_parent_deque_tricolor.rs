// learner: optimal
// idiom: MUMPS: node-subscripted local arrays (Vec indexed by node, usize::MAX for "$D=0"), a VecDeque as the ^TMP queue, three-state DFS with an explicit (node, next-edge) stack
// why: each node is queued/pushed once and each edge read once: O(V + E) time, O(V) extra space for par/st/stk

//! Graph search, breadth first and depth first: see README.md.

const UND: usize = usize::MAX; // "undefined", like $D(PAR(N))=0

/// BFS. PAR(N) doubles as the "seen" flag and the breadcrumb back to the start.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let nn = adj.len();
    let mut par = vec![UND; nn]; // PAR(N)=predecessor
    par[start] = start;
    let mut q = std::collections::VecDeque::new(); // ^TMP($J,"Q")
    q.push_back(start);
    while let Some(nd) = q.pop_front() {
        for &to in &adj[nd] {
            if par[to] != UND {
                continue; // already set, Q:$D
            }
            par[to] = nd;
            if to == goal {
                // walk PAR back to START, then flip
                let mut pth = vec![goal];
                let mut x = goal;
                while x != start {
                    x = par[x];
                    pth.push(x);
                }
                pth.reverse();
                return Some(pth);
            }
            q.push_back(to);
        }
    }
    None
}

/// DFS, no recursion. ST(N): 0 = never seen, 1 = on the current path, 2 = done.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let nn = adj.len();
    let mut st = vec![0u8; nn];
    let mut out = Vec::with_capacity(nn);
    let mut stk: Vec<(usize, usize)> = Vec::new(); // (node, next edge subscript)
    for root in 0..nn {
        if st[root] != 0 {
            continue;
        }
        st[root] = 1;
        stk.push((root, 0));
        while let Some(top) = stk.last_mut() {
            let (nd, ei) = *top;
            if ei < adj[nd].len() {
                top.1 += 1;
                let to = adj[nd][ei];
                match st[to] {
                    0 => {
                        st[to] = 1;
                        stk.push((to, 0));
                    }
                    1 => {
                        // back edge: the stack from TO up to the top is the cycle
                        let mut cyc = Vec::new();
                        for &(p, _) in stk.iter().rev() {
                            cyc.push(p);
                            if p == to {
                                break;
                            }
                        }
                        cyc.reverse();
                        return Err(cyc);
                    }
                    _ => {}
                }
            } else {
                st[nd] = 2;
                out.push(nd);
                stk.pop();
            }
        }
    }
    out.reverse();
    Ok(out)
}
