// learner: optimal
// idiom: a ReScript web developer: Kahn-style bottom-up propagation, leaves first via a pending-children counter, each finished span "reports up" to its parent which keeps the best (earliest on ties) child; state kept in a Vec of small records
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

#[derive(Clone, Copy, Default)]
struct Acc {
    pending: usize,
    best_below: u64,
    via: Option<usize>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map = HashMap::with_capacity(spans.len());
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(siblings) = s.parent.and_then(|p| map.get_mut(&p)) {
            siblings.push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent_of: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| pos.get(&p).copied()))
        .collect();

    let mut acc = vec![Acc::default(); spans.len()];
    parent_of.iter().flatten().for_each(|&p| acc[p].pending += 1);

    let mut ready: Vec<usize> = (0..spans.len()).filter(|&i| acc[i].pending == 0).collect();
    while let Some(i) = ready.pop() {
        let total = spans[i].duration_us + acc[i].best_below;
        if let Some(p) = parent_of[i] {
            let parent = &mut acc[p];
            let better = match parent.via {
                None => true,
                Some(j) => total > parent.best_below || (total == parent.best_below && i < j),
            };
            if better {
                parent.best_below = total;
                parent.via = Some(i);
            }
            parent.pending -= 1;
            if parent.pending == 0 {
                ready.push(p);
            }
        }
    }

    let total = |i: usize| spans[i].duration_us + acc[i].best_below;
    let root = (0..spans.len())
        .filter(|&i| parent_of[i].is_none())
        .fold(None, |chosen: Option<usize>, r| match chosen {
            Some(c) if total(c) >= total(r) => Some(c),
            _ => Some(r),
        })?;

    let spans_on_path = std::iter::successors(Some(root), |&i| acc[i].via).map(|i| spans[i].id).collect();
    Some(CriticalPath { total_us: total(root), spans: spans_on_path })
}
