// learner: optimal
// idiom: Koka: the recursive post-order made explicit -- a stack of Frame::Enter / Frame::Exit continuations, each `match`ed; the best child is remembered on Exit so the path is read off by following links
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

/// The continuation of the (would-be recursive) walk.
enum Frame {
    Enter(usize),
    Exit(usize),
}

/// A span's place in the tree, by input position.
enum Place {
    Root,
    Child(usize),
}

fn place(span: &Span, at: &HashMap<u64, usize>) -> Place {
    match span.parent {
        None => Place::Root,
        Some(p) => match at.get(&p) {
            Some(&i) => Place::Child(i),
            None => Place::Root,
        },
    }
}

fn positions(spans: &[Span]) -> HashMap<u64, usize> {
    let mut at = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        at.insert(s.id, i);
    }
    at
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let at = positions(spans);
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        out.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Place::Child(p) = place(s, &at) {
            if let Some(list) = out.get_mut(&spans[p].id) {
                list.push(s.id);
            }
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let at = positions(spans);
    let n = spans.len();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match place(s, &at) {
            Place::Root => roots.push(i),
            Place::Child(p) => kids[p].push(i),
        }
    }

    let mut total = vec![0u64; n];
    let mut best_kid: Vec<Option<usize>> = vec![None; n];
    let mut stack: Vec<Frame> = roots.iter().rev().map(|&r| Frame::Enter(r)).collect();
    while let Some(frame) = stack.pop() {
        match frame {
            Frame::Enter(u) => {
                stack.push(Frame::Exit(u));
                stack.extend(kids[u].iter().map(|&c| Frame::Enter(c)));
            }
            Frame::Exit(u) => {
                let mut pick: Option<usize> = None;
                for &c in &kids[u] {
                    pick = match pick {
                        Some(b) if total[b] >= total[c] => Some(b),
                        _ => Some(c),
                    };
                }
                best_kid[u] = pick;
                total[u] = spans[u].duration_us + pick.map_or(0, |c| total[c]);
            }
        }
    }

    let mut start: Option<usize> = None;
    for &r in &roots {
        start = match start {
            Some(b) if total[b] >= total[r] => Some(b),
            _ => Some(r),
        };
    }
    let start = start?;
    let mut path = Vec::new();
    let mut cur = Some(start);
    while let Some(u) = cur {
        path.push(spans[u].id);
        cur = best_kid[u];
    }
    Some(CriticalPath { total_us: total[start], spans: path })
}
