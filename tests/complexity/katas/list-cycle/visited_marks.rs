// learner: slow
// idiom: Pony actor-model programmer: a `_Tracker` object owning a Vec<bool> of visited marks (its private state) plus a step log; each node visited is a message it records, and the first repeat ends the walk.
// why: has_cycle and find_cycle are O(n) time but O(V) extra space (a mark per table slot plus an O(n) log of the walk) vs the O(1) space target.
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

struct _Tracker {
    _marked: Vec<bool>,
    _walk: Vec<usize>,
}

impl _Tracker {
    fn create(size: usize) -> Self {
        _Tracker { _marked: vec![false; size], _walk: Vec::new() }
    }

    /// Returns false if `node` was already visited.
    fn visit(&mut self, node: usize) -> bool {
        if self._marked[node] {
            return false;
        }
        self._marked[node] = true;
        self._walk.push(node);
        true
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut tracker = _Tracker::create(next.len());
    let mut at = head;
    while let Some(node) = at {
        if !tracker.visit(node) {
            return true;
        }
        at = next[node];
    }
    false
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut tracker = _Tracker::create(next.len());
    let mut at = head;
    while let Some(node) = at {
        if !tracker.visit(node) {
            let first = tracker._walk.iter().position(|&v| v == node)?;
            return Some(Cycle { entry: node, len: tracker._walk.len() - first });
        }
        at = next[node];
    }
    None
}
