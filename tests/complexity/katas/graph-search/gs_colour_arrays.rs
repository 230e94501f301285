// learner: optimal
// idiom: Fortran-style work arrays: hand-rolled Vec ring queue with head/tail, u8 colour array, parallel stack arrays
const NIL: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start == goal {
        return Some(vec![start]);
    }
    let mut pred = vec![NIL; n];
    let mut queue = vec![0usize; n];
    let (mut head, mut tail) = (0usize, 0usize);
    queue[tail] = start;
    tail += 1;
    pred[start] = start;
    let mut found = false;
    while head < tail && !found {
        let u = queue[head];
        head += 1;
        let row = &adj[u];
        for k in 0..row.len() {
            let v = row[k];
            if pred[v] == NIL {
                pred[v] = u;
                queue[tail] = v;
                tail += 1;
                if v == goal {
                    found = true;
                    break;
                }
            }
        }
    }
    if !found {
        return None;
    }
    // walk back, then reverse the slice in place by swapping its two halves
    let mut path = Vec::new();
    let mut x = goal;
    loop {
        path.push(x);
        if x == start {
            break;
        }
        x = pred[x];
    }
    let m = path.len();
    let (lo, hi) = path.split_at_mut(m / 2);
    let hl = hi.len();
    for i in 0..lo.len() {
        std::mem::swap(&mut lo[i], &mut hi[hl - 1 - i]);
    }
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // 0 = white, 1 = grey (on path), 2 = black (finished)
    let mut colour = vec![0u8; n];
    let mut snode = vec![0usize; n];
    let mut sedge = vec![0usize; n];
    let mut pos = vec![0usize; n];
    let mut order = vec![0usize; n];
    let mut fill = n;
    for root in 0..n {
        if colour[root] != 0 {
            continue;
        }
        let mut top = 0usize;
        snode[0] = root;
        sedge[0] = 0;
        pos[root] = 0;
        colour[root] = 1;
        top += 1;
        while top > 0 {
            let u = snode[top - 1];
            let k = sedge[top - 1];
            if k < adj[u].len() {
                sedge[top - 1] = k + 1;
                let v = adj[u][k];
                if colour[v] == 0 {
                    colour[v] = 1;
                    pos[v] = top;
                    snode[top] = v;
                    sedge[top] = 0;
                    top += 1;
                } else if colour[v] == 1 {
                    return Err(snode[pos[v]..top].to_vec());
                }
            } else {
                colour[u] = 2;
                fill -= 1;
                order[fill] = u;
                top -= 1;
            }
        }
    }
    Ok(order)
}
