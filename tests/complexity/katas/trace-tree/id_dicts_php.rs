// learner: optimal
// idiom: Hack/PHP style: everything keyed by id in HashMaps (like dict<int, vec<int>>), iterative post-order with an explicit (id, expanded) stack
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

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(list) = map.get_mut(&p) {
                list.push(s.id);
            }
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let children = children_map(spans);
    let mut duration: HashMap<u64, u64> = HashMap::new();
    for s in spans {
        duration.insert(s.id, s.duration_us);
    }
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| match s.parent {
            None => true,
            Some(p) => !duration.contains_key(&p),
        })
        .map(|s| s.id)
        .collect();

    // $best[$id] = total of the slowest path starting at $id
    let mut best: HashMap<u64, u64> = HashMap::new();
    let mut stack: Vec<(u64, bool)> = Vec::new();
    for &r in &roots {
        stack.push((r, false));
    }
    while let Some((id, expanded)) = stack.pop() {
        if expanded {
            let mut max_child = 0;
            for c in &children[&id] {
                if best[c] > max_child {
                    max_child = best[c];
                }
            }
            best.insert(id, duration[&id] + max_child);
        } else {
            stack.push((id, true));
            for &c in &children[&id] {
                stack.push((c, false));
            }
        }
    }

    let mut cur = roots[0];
    for &r in &roots {
        if best[&r] > best[&cur] {
            cur = r;
        }
    }
    let total_us = best[&cur];
    let mut path = vec![cur];
    loop {
        let kids = &children[&cur];
        if kids.is_empty() {
            break;
        }
        let mut pick = kids[0];
        for &k in kids {
            if best[&k] > best[&pick] {
                pick = k;
            }
        }
        path.push(pick);
        cur = pick;
    }
    Some(CriticalPath { total_us, spans: path })
}
