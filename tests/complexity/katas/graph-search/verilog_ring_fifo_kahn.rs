// learner: optimal
// idiom: verilog: hand-rolled ring FIFO (rd/wr pointers) for BFS, Kahn in-degree counters, cycle via predecessor walk
// why: FIFO ops are O(1), every node in/out once and every edge touched O(1) times in both functions: O(V + E) time, O(V) extra
//! Graph search, breadth first and depth first: see README.md.

const NIL: usize = usize::MAX;

/// A fixed-depth FIFO, like a dual-port RAM with a read and a write pointer.
/// Every node goes in at most once, so depth n never overflows.
struct Fifo {
    mem: Vec<usize>,
    rd: usize,
    wr: usize,
}

impl Fifo {
    fn new(depth: usize) -> Fifo {
        Fifo { mem: vec![0; depth.max(1)], rd: 0, wr: 0 }
    }
    fn empty(&self) -> bool {
        self.rd == self.wr
    }
    fn push(&mut self, x: usize) {
        let depth = self.mem.len();
        self.mem[self.wr % depth] = x;
        self.wr += 1;
    }
    fn pop(&mut self) -> usize {
        let depth = self.mem.len();
        let x = self.mem[self.rd % depth];
        self.rd += 1;
        x
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut from = vec![NIL; n];
    from[start] = start;
    let mut q = Fifo::new(n);
    q.push(start);
    while !q.empty() {
        let u = q.pop();
        if u == goal {
            break;
        }
        for &v in adj[u].iter() {
            if from[v] == NIL {
                from[v] = u;
                q.push(v);
            }
        }
    }
    if from[goal] == NIL {
        return None;
    }
    let mut rev = vec![goal];
    let mut x = goal;
    while x != start {
        x = from[x];
        rev.push(x);
    }
    rev.reverse();
    Some(rev)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // in-degree counters
    let mut indeg: Vec<u32> = vec![0; n];
    for u in 0..n {
        for &v in adj[u].iter() {
            indeg[v] += 1;
        }
    }
    let mut q = Fifo::new(n);
    for u in 0..n {
        if indeg[u] == 0 {
            q.push(u);
        }
    }
    let mut out: Vec<usize> = Vec::with_capacity(n);
    while !q.empty() {
        let u = q.pop();
        out.push(u);
        for &v in adj[u].iter() {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                q.push(v);
            }
        }
    }
    if out.len() == n {
        return Ok(out);
    }

    // Leftover nodes all have indeg > 0, and every counted edge comes from a leftover node.
    // Latch one leftover predecessor per leftover node; walking those pointers must loop.
    let mut pred = vec![NIL; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in adj[u].iter() {
            if indeg[v] > 0 && pred[v] == NIL {
                pred[v] = u;
            }
        }
    }
    let mut x = 0;
    while indeg[x] == 0 {
        x += 1;
    }
    // stamp nodes with the step they were first seen at
    let mut stamp = vec![NIL; n];
    let mut step = 0usize;
    while stamp[x] == NIL {
        stamp[x] = step;
        step += 1;
        x = pred[x];
    }
    // x is on the loop; walking pred goes backwards along edges
    let mut cyc = vec![x];
    let mut y = pred[x];
    while y != x {
        cyc.push(y);
        y = pred[y];
    }
    cyc.reverse();
    Err(cyc)
}
