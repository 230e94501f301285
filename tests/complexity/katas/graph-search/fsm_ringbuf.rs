// learner: optimal
// idiom: hardware-style: hand-rolled ring-buffer FIFO with head/tail registers, DFS as an explicit three-state machine (IDLE/ACTIVE/DONE) with a stack of (node, edge counter)
//! Graph search, breadth first and depth first: see README.md.

const UNSEEN: u32 = u32::MAX;

struct Fifo {
    mem: Vec<u32>,
    head: usize,
    tail: usize,
}

impl Fifo {
    fn with_depth(depth: usize) -> Fifo {
        Fifo { mem: vec![0; depth.max(1)], head: 0, tail: 0 }
    }
    fn push(&mut self, x: u32) {
        self.mem[self.tail] = x;
        self.tail += 1;
    }
    fn pop(&mut self) -> Option<u32> {
        if self.head == self.tail {
            None
        } else {
            self.head += 1;
            Some(self.mem[self.head - 1])
        }
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    // each node enters the FIFO at most once, so depth n never wraps
    let mut fifo = Fifo::with_depth(n);
    let mut prev: Vec<u32> = vec![UNSEEN; n];
    prev[start] = start as u32;
    fifo.push(start as u32);
    let mut hit = start == goal;
    while !hit {
        let u = match fifo.pop() {
            Some(u) => u as usize,
            None => break,
        };
        for &v in adj[u].iter() {
            if prev[v] != UNSEEN {
                continue;
            }
            prev[v] = u as u32;
            if v == goal {
                hit = true;
                break;
            }
            fifo.push(v as u32);
        }
    }
    if !hit {
        return None;
    }
    let mut out = Vec::new();
    let mut cur = goal;
    loop {
        out.push(cur);
        if cur == start {
            break;
        }
        cur = prev[cur] as usize;
    }
    out.reverse();
    Some(out)
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Active,
    Done,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![State::Idle; n];
    let mut finish: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state[root] != State::Idle {
            continue;
        }
        state[root] = State::Active;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, ctr) = *top;
            if ctr == adj[u].len() {
                state[u] = State::Done;
                finish.push(u);
                stack.pop();
                continue;
            }
            top.1 += 1;
            let v = adj[u][ctr];
            match state[v] {
                State::Idle => {
                    state[v] = State::Active;
                    stack.push((v, 0));
                }
                State::Active => {
                    let from = stack.iter().rposition(|&(w, _)| w == v).unwrap();
                    return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                }
                State::Done => {}
            }
        }
    }
    finish.reverse();
    Ok(finish)
}
