// learner: optimal
// idiom: depth memo filled by climbing parent links with an explicit stack (each span resolved once), counting-sort of span indices by depth, then deepest-first relaxation into the parent; many small private fns
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

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(list) = s.parent.and_then(|p| map.get_mut(&p)) {
            list.push(s.id);
        }
    }
    map
}

/// Input position of each id.
fn positions(spans: &[Span]) -> HashMap<u64, usize> {
    spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

/// Input position of each span's parent, None for roots.
fn parent_positions(spans: &[Span], pos: &HashMap<u64, usize>) -> Vec<Option<usize>> {
    spans.iter().map(|s| s.parent.and_then(|p| pos.get(&p).copied())).collect()
}

/// Depth of every span (roots are 0), without recursion: climb to the first known
/// ancestor, then unwind the climbed chain. Every span is pushed once in total.
fn depths(parent: &[Option<usize>]) -> Vec<usize> {
    const UNKNOWN: usize = usize::MAX;
    let mut depth = vec![UNKNOWN; parent.len()];
    let mut chain: Vec<usize> = Vec::new();
    for start in 0..parent.len() {
        let mut at = start;
        while depth[at] == UNKNOWN {
            chain.push(at);
            match parent[at] {
                Some(p) => at = p,
                None => break,
            }
        }
        let mut base = if depth[at] == UNKNOWN { None } else { Some(depth[at]) };
        while let Some(i) = chain.pop() {
            let d = base.map_or(0, |b| b + 1);
            depth[i] = d;
            base = Some(d);
        }
    }
    depth
}

/// Span indices grouped by depth (counting sort), shallowest first.
fn by_depth(depth: &[usize]) -> Vec<usize> {
    let levels = depth.iter().copied().max().map_or(0, |m| m + 1);
    let mut start = vec![0usize; levels + 1];
    for &d in depth {
        start[d + 1] += 1;
    }
    for l in 1..=levels {
        start[l] += start[l - 1];
    }
    let mut order = vec![0usize; depth.len()];
    for (i, &d) in depth.iter().enumerate() {
        order[start[d]] = i;
        start[d] += 1;
    }
    order
}

/// best[i] = duration of i + the best child sum; best_child[i] the first child reaching it.
fn best_sums(spans: &[Span], parent: &[Option<usize>], order: &[usize]) -> (Vec<u64>, Vec<Option<usize>>) {
    let mut below = vec![0u64; spans.len()];
    let mut best_child: Vec<Option<usize>> = vec![None; spans.len()];
    let mut best = vec![0u64; spans.len()];
    for &i in order.iter().rev() {
        best[i] = spans[i].duration_us + below[i];
        if let Some(p) = parent[i] {
            let better = match best_child[p] {
                None => true,
                Some(c) => best[i] > best[c] || (best[i] == best[c] && i < c),
            };
            if better {
                best_child[p] = Some(i);
                below[p] = best[i];
            }
        }
    }
    (best, best_child)
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let pos = positions(spans);
    let parent = parent_positions(spans, &pos);
    let depth = depths(&parent);
    let order = by_depth(&depth);
    let (best, best_child) = best_sums(spans, &parent, &order);
    let root = (0..spans.len())
        .filter(|&i| parent[i].is_none())
        .fold(None, |acc: Option<usize>, i| match acc {
            Some(r) if best[r] >= best[i] => Some(r),
            _ => Some(i),
        })?;
    let path: Vec<u64> = std::iter::successors(Some(root), |&i| best_child[i])
        .map(|i| spans[i].id)
        .collect();
    Some(CriticalPath { total_us: best[root], spans: path })
}
