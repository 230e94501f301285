// learner: optimal
// idiom: competitive-programmer style: first-child/next-sibling linked lists in preallocated usize arrays (usize::MAX = none), explicit DFS stack for a post-order
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an id that is not in the trace) makes it a root.
    pub parent: Option<u64>,
    /// Duration in microseconds.
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    /// Sum of the durations along the path.
    pub total_us: u64,
    /// Span ids from the root down to the leaf.
    pub spans: Vec<u64>,
}

const NO: usize = usize::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        m.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(v) = m.get_mut(&p) {
                v.push(s.id);
            }
        }
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut ix: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        ix.insert(spans[i].id, i);
    }
    let mut par = vec![NO; n];
    let mut fc = vec![NO; n];
    let mut ns = vec![NO; n];
    // walk backwards and prepend, so sibling lists end up in input order
    for i in (0..n).rev() {
        if let Some(p) = spans[i].parent {
            if let Some(&j) = ix.get(&p) {
                par[i] = j;
                ns[i] = fc[j];
                fc[j] = i;
            }
        }
    }
    let mut b = vec![0u64; n];
    let mut nx = vec![NO; n];
    let mut st: Vec<(usize, bool)> = Vec::with_capacity(n);
    for r in 0..n {
        if par[r] != NO {
            continue;
        }
        st.push((r, false));
        while let Some((u, done)) = st.pop() {
            if done {
                let mut c = fc[u];
                let mut bc = NO;
                while c != NO {
                    if bc == NO || b[c] > b[bc] {
                        bc = c;
                    }
                    c = ns[c];
                }
                b[u] = spans[u].duration_us + if bc == NO { 0 } else { b[bc] };
                nx[u] = bc;
            } else {
                st.push((u, true));
                let mut c = fc[u];
                while c != NO {
                    st.push((c, false));
                    c = ns[c];
                }
            }
        }
    }
    let mut r = NO;
    for i in 0..n {
        if par[i] == NO && (r == NO || b[i] > b[r]) {
            r = i;
        }
    }
    let t = b[r];
    let mut p = Vec::new();
    let mut u = r;
    while u != NO {
        p.push(spans[u].id);
        u = nx[u];
    }
    Some(CriticalPath { total_us: t, spans: p })
}
