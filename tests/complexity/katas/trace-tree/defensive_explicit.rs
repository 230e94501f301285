// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, checked_add on sums, mem::take to move lists out
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

use std::mem;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    if spans.is_empty() {
        return map;
    }
    for span in spans {
        map.insert(span.id, Vec::new());
    }
    for span in spans {
        let parent_id = match span.parent {
            Some(p) => p,
            None => continue,
        };
        match map.get_mut(&parent_id) {
            Some(list) => list.push(span.id),
            None => {} // parent dropped by the collector: this span is a root
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let n = spans.len();
    let mut position: HashMap<u64, usize> = HashMap::with_capacity(n);
    for (i, span) in spans.iter().enumerate() {
        position.insert(span.id, i);
    }

    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let parent_index = match span.parent {
            Some(p) => match position.get(&p) {
                Some(&pi) => Some(pi),
                None => None,
            },
            None => None,
        };
        match parent_index {
            Some(pi) => children[pi].push(i),
            None => roots.push(i),
        }
    }
    if roots.is_empty() {
        return None; // cannot happen without cycles
    }

    // parents before children
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for &r in &roots {
        order.push(r);
    }
    let mut next = 0;
    while next < order.len() {
        let u = order[next];
        next += 1;
        for &c in &children[u] {
            order.push(c);
        }
    }

    let mut best: Vec<u64> = vec![0; n];
    let mut best_child: Vec<Option<usize>> = vec![None; n];
    let mut k = order.len();
    while k > 0 {
        k -= 1;
        let u = order[k];
        let mut top: Option<usize> = None;
        for &c in &children[u] {
            match top {
                None => top = Some(c),
                Some(t) => {
                    if best[c] > best[t] {
                        top = Some(c);
                    }
                }
            }
        }
        let below = match top {
            Some(t) => best[t],
            None => 0,
        };
        best[u] = match spans[u].duration_us.checked_add(below) {
            Some(total) => total,
            None => u64::MAX,
        };
        best_child[u] = top;
    }

    let mut start = roots[0];
    for &r in &roots[1..] {
        if best[r] > best[start] {
            start = r;
        }
    }

    let mut ids: Vec<u64> = Vec::new();
    let mut current = Some(start);
    while let Some(u) = current {
        ids.push(spans[u].id);
        current = mem::take(&mut best_child[u]);
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
