// learner: optimal
// idiom: hardware-style: CSR (offset/edge arrays built by counting, like a memory map), post-order DFS as an ENTER/EXIT state machine on an explicit stack, registers for best child per node
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

const NIL: u32 = u32::MAX;

struct Csr {
    parent: Vec<u32>,
    offset: Vec<u32>,
    edges: Vec<u32>,
}

fn build_csr(spans: &[Span]) -> Csr {
    let n = spans.len();
    let addr: HashMap<u64, u32> = spans.iter().enumerate().map(|(i, s)| (s.id, i as u32)).collect();
    let mut parent = vec![NIL; n];
    let mut offset = vec![0u32; n + 1];
    for (i, s) in spans.iter().enumerate() {
        if let Some(p) = s.parent {
            if let Some(&pa) = addr.get(&p) {
                parent[i] = pa;
                offset[pa as usize + 1] += 1;
            }
        }
    }
    for i in 0..n {
        offset[i + 1] += offset[i];
    }
    let mut wptr: Vec<u32> = offset[..n].to_vec();
    let mut edges = vec![0u32; offset[n] as usize];
    for i in 0..n {
        let p = parent[i];
        if p != NIL {
            edges[wptr[p as usize] as usize] = i as u32;
            wptr[p as usize] += 1;
        }
    }
    Csr { parent, offset, edges }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let g = build_csr(spans);
    let mut out = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        let (lo, hi) = (g.offset[i] as usize, g.offset[i + 1] as usize);
        out.insert(spans[i].id, g.edges[lo..hi].iter().map(|&c| spans[c as usize].id).collect());
    }
    out
}

#[derive(Clone, Copy)]
enum Step {
    Enter(u32),
    Exit(u32),
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let g = build_csr(spans);
    let mut weight = vec![0u64; n];
    let mut next_hop = vec![NIL; n];
    let mut stack: Vec<Step> = Vec::new();
    for r in 0..n {
        if g.parent[r] != NIL {
            continue;
        }
        stack.push(Step::Enter(r as u32));
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(u) => {
                    stack.push(Step::Exit(u));
                    let (lo, hi) = (g.offset[u as usize] as usize, g.offset[u as usize + 1] as usize);
                    for &c in &g.edges[lo..hi] {
                        stack.push(Step::Enter(c));
                    }
                }
                Step::Exit(u) => {
                    let u = u as usize;
                    let (lo, hi) = (g.offset[u] as usize, g.offset[u + 1] as usize);
                    let mut hop = NIL;
                    let mut acc = 0u64;
                    for &c in &g.edges[lo..hi] {
                        if hop == NIL || weight[c as usize] > acc {
                            hop = c;
                            acc = weight[c as usize];
                        }
                    }
                    weight[u] = spans[u].duration_us + acc;
                    next_hop[u] = hop;
                }
            }
        }
    }
    let mut head = NIL;
    for r in 0..n {
        if g.parent[r] == NIL && (head == NIL || weight[r] > weight[head as usize]) {
            head = r as u32;
        }
    }
    let total_us = weight[head as usize];
    let mut ids = Vec::new();
    let mut cur = head;
    while cur != NIL {
        ids.push(spans[cur as usize].id);
        cur = next_hop[cur as usize];
    }
    Some(CriticalPath { total_us, spans: ids })
}
