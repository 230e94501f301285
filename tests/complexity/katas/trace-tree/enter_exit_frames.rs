// learner: optimal
// idiom: Kotlin-ish: data-class Frame enum for an explicit post-order stack (Enter/Exit), HashMap<u64, u64> of subtree best keyed by id, iterator max_by
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
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans.iter().for_each(|s| {
        if let Some(kids) = s.parent.and_then(|p| map.get_mut(&p)) {
            kids.push(s.id);
        }
    });
    map
}

#[derive(Clone, Copy)]
enum Frame {
    Enter(u64),
    Exit(u64),
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let duration: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !duration.contains_key(&p)))
        .map(|s| s.id)
        .collect();

    let mut best: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    let mut stack: Vec<Frame> = roots.iter().map(|&r| Frame::Enter(r)).collect();
    while let Some(frame) = stack.pop() {
        match frame {
            Frame::Enter(id) => {
                stack.push(Frame::Exit(id));
                stack.extend(kids[&id].iter().map(|&c| Frame::Enter(c)));
            }
            Frame::Exit(id) => {
                let deepest = kids[&id].iter().map(|c| best[c]).max().unwrap_or(0);
                best.insert(id, duration[&id] + deepest);
            }
        }
    }

    // first in input order wins ties: keep the earlier one unless strictly larger
    let first_max = |ids: &[u64]| -> Option<u64> {
        ids.iter().copied().fold(None, |acc: Option<u64>, id| match acc {
            Some(a) if best[&a] >= best[&id] => Some(a),
            _ => Some(id),
        })
    };

    let mut current = first_max(&roots)?;
    let total_us = best[&current];
    let mut path = vec![current];
    while let Some(next) = first_max(&kids[&current]) {
        path.push(next);
        current = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
