// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): children_of(id) scans every span for a matching parent
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

struct TraceAnalyzer<'a> {
    spans: &'a [Span],
}

impl<'a> TraceAnalyzer<'a> {
    fn new(spans: &'a [Span]) -> Self {
        TraceAnalyzer { spans }
    }

    fn get_span_count(&self) -> usize {
        self.spans.len()
    }

    fn get_span(&self, index: usize) -> &Span {
        &self.spans[index]
    }

    fn get_id(&self, index: usize) -> u64 {
        self.get_span(index).id
    }

    fn get_parent_id(&self, index: usize) -> Option<u64> {
        self.get_span(index).parent
    }

    fn get_duration(&self, index: usize) -> u64 {
        self.get_span(index).duration_us
    }

    fn index_of(&self, id: u64) -> HashMap<u64, usize> {
        let _ = id;
        (0..self.get_span_count()).map(|i| (self.get_id(i), i)).collect()
    }

    fn children_of(&self, index: usize) -> Vec<usize> {
        let id = self.get_id(index);
        let mut result = Vec::new();
        for other in 0..self.get_span_count() {
            if self.get_parent_id(other) == Some(id) {
                result.push(other);
            }
        }
        result
    }

    fn is_root(&self, index: usize, positions: &HashMap<u64, usize>) -> bool {
        match self.get_parent_id(index) {
            None => true,
            Some(p) => !positions.contains_key(&p),
        }
    }

    fn compute_children(&self) -> HashMap<u64, Vec<u64>> {
        let mut map = HashMap::new();
        for i in 0..self.get_span_count() {
            let kids = self.children_of(i).into_iter().map(|c| self.get_id(c)).collect();
            map.insert(self.get_id(i), kids);
        }
        map
    }

    fn compute_slowest(&self) -> Option<CriticalPath> {
        let n = self.get_span_count();
        if n == 0 {
            return None;
        }
        let positions = self.index_of(0);
        let kids: Vec<Vec<usize>> = (0..n).map(|i| self.children_of(i)).collect();
        let roots: Vec<usize> = (0..n).filter(|&i| self.is_root(i, &positions)).collect();
        let mut order = roots.clone();
        let mut head = 0;
        while head < order.len() {
            let u = order[head];
            head += 1;
            order.extend(kids[u].iter().copied());
        }
        let mut best = vec![0u64; n];
        for &u in order.iter().rev() {
            let below = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
            best[u] = self.get_duration(u) + below;
        }
        let mut root = roots[0];
        for &r in &roots {
            if best[r] > best[root] {
                root = r;
            }
        }
        let mut path = vec![self.get_id(root)];
        let mut u = root;
        while !kids[u].is_empty() {
            let mut pick = kids[u][0];
            for &c in &kids[u] {
                if best[c] > best[pick] {
                    pick = c;
                }
            }
            path.push(self.get_id(pick));
            u = pick;
        }
        Some(CriticalPath { total_us: best[root], spans: path })
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    TraceAnalyzer::new(spans).compute_children()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    TraceAnalyzer::new(spans).compute_slowest()
}
