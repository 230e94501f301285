// learner: optimal
// idiom: hand-rolled Vec-backed queue with head index (no VecDeque), u8 colour codes, DFS stack storing edge iterators
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    // queue as a plain Vec with a read cursor: every node enters at most once
    let mut queue: Vec<usize> = Vec::with_capacity(n);
    let mut head = 0;
    let mut from: Vec<usize> = vec![usize::MAX; n];
    from[start] = start;
    queue.push(start);
    let mut found = start == goal;
    while head < queue.len() && !found {
        let u = queue[head];
        head += 1;
        for &v in adj[u].iter() {
            if from[v] == usize::MAX {
                from[v] = u;
                if v == goal {
                    found = true;
                    break;
                }
                queue.push(v);
            }
        }
    }
    if !found {
        return None;
    }
    let mut back = vec![goal];
    let mut cur = goal;
    while cur != start {
        cur = from[cur];
        back.push(cur);
    }
    back.reverse();
    Some(back)
}

const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut colour = vec![WHITE; n];
    let mut post = Vec::with_capacity(n);
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();
    for s in 0..n {
        if colour[s] != WHITE {
            continue;
        }
        colour[s] = GREY;
        path.push(s);
        iters.push(adj[s].iter());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) if colour[v] == WHITE => {
                    colour[v] = GREY;
                    path.push(v);
                    iters.push(adj[v].iter());
                }
                Some(&v) if colour[v] == GREY => {
                    let mut cycle = Vec::new();
                    while let Some(w) = path.pop() {
                        cycle.push(w);
                        if w == v {
                            break;
                        }
                    }
                    cycle.reverse();
                    return Err(cycle);
                }
                Some(_) => {}
                None => {
                    iters.pop();
                    let u = path.pop().unwrap();
                    colour[u] = BLACK;
                    post.push(u);
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
