// learner: optimal
// idiom: Haxe game-dev style: hand-rolled array queue with head cursor, Kahn's in-degree counting, predecessor walk to extract a cycle
struct IntQueue {
    items: Vec<usize>,
    head: usize,
}

impl IntQueue {
    #[inline]
    fn with_capacity(cap: usize) -> IntQueue {
        IntQueue { items: Vec::with_capacity(cap), head: 0 }
    }
    #[inline]
    fn push(&mut self, v: usize) {
        self.items.push(v);
    }
    #[inline]
    fn pop(&mut self) -> Option<usize> {
        if self.head < self.items.len() {
            let v = self.items[self.head];
            self.head += 1;
            Some(v)
        } else {
            None
        }
    }
}

const NO_PARENT: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let n = adj.len();
    let mut came_from = vec![NO_PARENT; n];
    came_from[start] = start;
    let mut q = IntQueue::with_capacity(n);
    q.push(start);
    let mut found = false;
    'outer: while let Some(cur) = q.pop() {
        for &nx in &adj[cur] {
            if came_from[nx] != NO_PARENT {
                continue;
            }
            came_from[nx] = cur;
            if nx == goal {
                found = true;
                break 'outer;
            }
            q.push(nx);
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut at = goal;
    loop {
        path.push(at);
        if at == start {
            break;
        }
        at = came_from[at];
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for outs in adj {
        for &v in outs {
            indeg[v] += 1;
        }
    }
    let mut q = IntQueue::with_capacity(n);
    for v in 0..n {
        if indeg[v] == 0 {
            q.push(v);
        }
    }
    while let Some(u) = q.pop() {
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                q.push(v);
            }
        }
    }
    if q.items.len() == n {
        return Ok(q.items);
    }
    // Every node left over still has a left-over predecessor: walk predecessors until one repeats.
    let mut pred = vec![NO_PARENT; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut mark = vec![false; n];
    let mut at = (0..n).find(|&v| indeg[v] > 0).unwrap();
    while !mark[at] {
        mark[at] = true;
        at = pred[at];
    }
    // `at` is on the cycle; collect it backwards along pred, then flip.
    let mut cycle = vec![at];
    let mut cur = pred[at];
    while cur != at {
        cycle.push(cur);
        cur = pred[cur];
    }
    cycle.reverse();
    Err(cycle)
}
