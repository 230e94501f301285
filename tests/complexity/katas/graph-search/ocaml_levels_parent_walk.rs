// learner: optimal
// idiom: OCaml style: BFS by levels (two frontier Vecs swapped), DFS with per-node edge cursors and a parent array; cycle rebuilt by walking parents with an accumulator
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

fn unwind(parent: &[usize], from: usize, to: usize) -> Vec<usize> {
    // let rec go acc v = if v = to then to :: acc else go (v :: acc) parent.(v)
    let mut acc = Vec::new();
    let mut v = from;
    while v != to {
        acc.push(v);
        v = parent[v];
    }
    acc.push(to);
    acc.reverse();
    acc
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut parent = vec![NONE; n];
    let mut reached = vec![false; n];
    reached[start] = true;
    let mut level = vec![start];
    let mut next_level = Vec::new();
    while !level.is_empty() {
        if reached[goal] {
            break;
        }
        for &u in &level {
            for &v in &adj[u] {
                if !reached[v] {
                    reached[v] = true;
                    parent[v] = u;
                    next_level.push(v);
                }
            }
        }
        std::mem::swap(&mut level, &mut next_level);
        next_level.clear();
    }
    match reached[goal] {
        false => None,
        true => Some(unwind(&parent, goal, start)),
    }
}

const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![WHITE; n];
    let mut cursor = vec![0usize; n];
    let mut parent = vec![NONE; n];
    let mut out = Vec::with_capacity(n);
    let mut stack: Vec<usize> = Vec::new();

    for s in 0..n {
        if state[s] != WHITE {
            continue;
        }
        state[s] = GREY;
        stack.push(s);
        while let Some(&u) = stack.last() {
            let i = cursor[u];
            if i == adj[u].len() {
                state[u] = BLACK;
                out.push(u);
                stack.pop();
                continue;
            }
            cursor[u] = i + 1;
            let v = adj[u][i];
            match state[v] {
                WHITE => {
                    state[v] = GREY;
                    parent[v] = u;
                    stack.push(v);
                }
                GREY => return Err(unwind(&parent, u, v)),
                _ => (),
            }
        }
    }
    out.reverse();
    Ok(out)
}
