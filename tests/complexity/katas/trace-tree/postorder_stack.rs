// learner: optimal
// idiom: web-dev style: iterative post-order DFS with an explicit (node, expanded) stack, HashMap<u64, Vec<u64>> via entry API, Option-returning helpers
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

enum Visit {
    Enter(usize),
    Exit(usize),
}

fn index_of(spans: &[Span]) -> HashMap<u64, usize> {
    spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

fn parent_pos(span: &Span, index: &HashMap<u64, usize>) -> Option<usize> {
    span.parent.and_then(|p| index.get(&p).copied())
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let index = index_of(spans);
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        map.entry(s.id).or_default();
        if let Some(p) = parent_pos(s, &index) {
            map.entry(spans[p].id).or_default().push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let index = index_of(spans);
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let roots: Vec<usize> = spans
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match parent_pos(s, &index) {
            Some(p) => {
                kids[p].push(i);
                None
            }
            None => Some(i),
        })
        .collect();

    let mut total = vec![0u64; spans.len()];
    let mut next_hop: Vec<Option<usize>> = vec![None; spans.len()];
    let mut stack: Vec<Visit> = roots.iter().rev().map(|&r| Visit::Enter(r)).collect();
    while let Some(visit) = stack.pop() {
        match visit {
            Visit::Enter(u) => {
                stack.push(Visit::Exit(u));
                stack.extend(kids[u].iter().map(|&c| Visit::Enter(c)));
            }
            Visit::Exit(u) => {
                let mut pick: Option<usize> = None;
                for &c in &kids[u] {
                    if pick.map_or(true, |p| total[c] > total[p]) {
                        pick = Some(c);
                    }
                }
                total[u] = spans[u].duration_us + pick.map_or(0, |p| total[p]);
                next_hop[u] = pick;
            }
        }
    }

    let mut start: Option<usize> = None;
    for &r in &roots {
        if start.map_or(true, |s| total[r] > total[s]) {
            start = Some(r);
        }
    }
    let start = start?;
    let mut ids = Vec::new();
    let mut cursor = Some(start);
    while let Some(u) = cursor {
        ids.push(spans[u].id);
        cursor = next_hop[u];
    }
    Some(CriticalPath { total_us: total[start], spans: ids })
}
