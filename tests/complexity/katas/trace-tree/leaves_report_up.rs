// learner: optimal
// idiom: Smalltalk developer: leaves-up message passing; each span waits for its pending children to report, then reports its best total to its parent (a worklist, no tree walk)
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

#[derive(Clone, Copy)]
struct Report {
    total: u64,
    child: Option<usize>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans
        .iter()
        .filter_map(|s| s.parent.map(|p| (p, s.id)))
        .for_each(|(p, id)| {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(id);
            }
        });
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let position: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent_of: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| position.get(&p).copied()))
        .collect();
    let mut pending = vec![0usize; spans.len()];
    parent_of.iter().flatten().for_each(|&p| pending[p] += 1);

    let mut best_child: Vec<Option<Report>> = vec![None; spans.len()];
    let mut finished: Vec<Option<Report>> = vec![None; spans.len()];
    let mut ready: Vec<usize> = (0..spans.len()).filter(|&i| pending[i] == 0).collect();

    while let Some(i) = ready.pop() {
        let below = best_child[i];
        let mine = Report {
            total: spans[i].duration_us + below.map_or(0, |r| r.total),
            child: below.and_then(|r| r.child),
        };
        finished[i] = Some(mine);
        if let Some(p) = parent_of[i] {
            let offer = Report { total: mine.total, child: Some(i) };
            best_child[p] = Some(match best_child[p] {
                None => offer,
                Some(held) if offer.total > held.total => offer,
                // equal totals: the child earlier in the input wins
                Some(held) if offer.total == held.total && i < held.child.unwrap() => offer,
                Some(held) => held,
            });
            pending[p] -= 1;
            if pending[p] == 0 {
                ready.push(p);
            }
        }
    }

    let root = (0..spans.len())
        .filter(|&i| parent_of[i].is_none())
        .fold(None, |acc: Option<usize>, r| match acc {
            Some(a) if finished[a].unwrap().total >= finished[r].unwrap().total => Some(a),
            _ => Some(r),
        })?;

    let mut path = Vec::new();
    let mut here = Some(root);
    while let Some(i) = here {
        path.push(spans[i].id);
        here = best_child[i].and_then(|r| r.child);
    }
    Some(CriticalPath { total_us: finished[root].unwrap().total, spans: path })
}
