// learner: optimal
// idiom: Smalltalk developer: a TraceTree object answering roots / childrenOf / slowestBelow, post-order by an explicit stack of (span, visited-children?) frames
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

struct TraceTree<'a> {
    spans: &'a [Span],
    index_of: HashMap<u64, usize>,
    children: Vec<Vec<usize>>,
}

impl<'a> TraceTree<'a> {
    fn from_spans(spans: &'a [Span]) -> Self {
        let index_of: HashMap<u64, usize> =
            spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut children = vec![Vec::new(); spans.len()];
        for (i, span) in spans.iter().enumerate() {
            if let Some(p) = span.parent.and_then(|p| index_of.get(&p)) {
                children[*p].push(i);
            }
        }
        TraceTree { spans, index_of, children }
    }

    fn is_root(&self, span: &Span) -> bool {
        match span.parent {
            None => true,
            Some(p) => !self.index_of.contains_key(&p),
        }
    }

    fn roots(&self) -> Vec<usize> {
        (0..self.spans.len()).filter(|&i| self.is_root(&self.spans[i])).collect()
    }

    fn children_of(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// For every span: its own duration plus the slowest chain beneath it, and the child that chain goes through.
    fn slowest_below(&self) -> (Vec<u64>, Vec<Option<usize>>) {
        let n = self.spans.len();
        let mut best = vec![0u64; n];
        let mut via: Vec<Option<usize>> = vec![None; n];
        let mut stack: Vec<(usize, bool)> = self.roots().into_iter().map(|r| (r, false)).collect();
        while let Some((i, expanded)) = stack.pop() {
            if expanded {
                let mut winner: Option<usize> = None;
                for &c in self.children_of(i) {
                    if winner.map_or(true, |w| best[c] > best[w]) {
                        winner = Some(c);
                    }
                }
                best[i] = self.spans[i].duration_us + winner.map_or(0, |w| best[w]);
                via[i] = winner;
            } else {
                stack.push((i, true));
                stack.extend(self.children_of(i).iter().map(|&c| (c, false)));
            }
        }
        (best, via)
    }

    fn critical_path(&self) -> Option<CriticalPath> {
        let (best, via) = self.slowest_below();
        let mut top: Option<usize> = None;
        for r in self.roots() {
            if top.map_or(true, |t| best[r] > best[t]) {
                top = Some(r);
            }
        }
        let top = top?;
        let mut spans = Vec::new();
        let mut here = Some(top);
        while let Some(i) = here {
            spans.push(self.spans[i].id);
            here = via[i];
        }
        Some(CriticalPath { total_us: best[top], spans })
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = TraceTree::from_spans(spans);
    spans
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, tree.children_of(i).iter().map(|&c| spans[c].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    TraceTree::from_spans(spans).critical_path()
}
