// learner: optimal
// idiom: SAS statistician: parallel arrays keyed by observation number (_N_), a breadth-first "sort by depth" order, then one reverse pass that retains the running best per span
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

const MISSING: usize = usize::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        out.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = out.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n_obs = spans.len();
    if n_obs == 0 {
        return None;
    }
    let mut obs_of: HashMap<u64, usize> = HashMap::with_capacity(n_obs);
    for i in 0..n_obs {
        obs_of.insert(spans[i].id, i);
    }
    // parent observation number, MISSING for a root
    let mut par = vec![MISSING; n_obs];
    let mut first_kid = vec![MISSING; n_obs];
    let mut next_sib = vec![MISSING; n_obs];
    let mut last_kid = vec![MISSING; n_obs];
    for i in 0..n_obs {
        if let Some(p) = spans[i].parent {
            if let Some(&pi) = obs_of.get(&p) {
                par[i] = pi;
                if first_kid[pi] == MISSING {
                    first_kid[pi] = i;
                } else {
                    next_sib[last_kid[pi]] = i;
                }
                last_kid[pi] = i;
            }
        }
    }
    // breadth-first order: parents always before children
    let mut order: Vec<usize> = Vec::with_capacity(n_obs);
    for i in 0..n_obs {
        if par[i] == MISSING {
            order.push(i);
        }
    }
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        let mut c = first_kid[u];
        while c != MISSING {
            order.push(c);
            c = next_sib[c];
        }
    }
    // reverse pass: children are finished before their parent
    let mut best = vec![0u64; n_obs];
    let mut pick = vec![MISSING; n_obs];
    for k in (0..n_obs).rev() {
        let u = order[k];
        let mut top_val = 0u64;
        let mut c = first_kid[u];
        while c != MISSING {
            if pick[u] == MISSING || best[c] > top_val {
                top_val = best[c];
                pick[u] = c;
            }
            c = next_sib[c];
        }
        best[u] = spans[u].duration_us + top_val;
    }
    let mut root = MISSING;
    for i in 0..n_obs {
        if par[i] == MISSING && (root == MISSING || best[i] > best[root]) {
            root = i;
        }
    }
    let mut ids = Vec::new();
    let mut u = root;
    while u != MISSING {
        ids.push(spans[u].id);
        u = pick[u];
    }
    Some(CriticalPath { total_us: best[root], spans: ids })
}
