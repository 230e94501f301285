// learner: optimal
// idiom: heavy generics: a TreeNode trait implemented for Span, generic index/order/path helpers
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

use std::hash::Hash;

/// Something that sits in a forest given by parent links.
trait TreeNode {
    type Id: Copy + Eq + Hash;
    fn id(&self) -> Self::Id;
    fn parent(&self) -> Option<Self::Id>;
    fn weight(&self) -> u64;
}

impl TreeNode for Span {
    type Id = u64;
    fn id(&self) -> u64 {
        self.id
    }
    fn parent(&self) -> Option<u64> {
        self.parent
    }
    fn weight(&self) -> u64 {
        self.duration_us
    }
}

/// The forest as index lists: children per node (input order) and the roots (input order).
struct Forest {
    children: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

fn build_forest<N: TreeNode>(nodes: &[N]) -> Forest {
    let index: HashMap<N::Id, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id(), i)).collect();
    let mut children = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        match n.parent().and_then(|p| index.get(&p).copied()) {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    Forest { children, roots }
}

/// Parents before children, without recursion.
fn top_down(forest: &Forest) -> Vec<usize> {
    let mut order = forest.roots.clone();
    let mut i = 0;
    while i < order.len() {
        order.extend_from_slice(&forest.children[order[i]]);
        i += 1;
    }
    order
}

/// First index with the largest key (ties: earliest).
fn first_max<I: IntoIterator<Item = usize>, F: Fn(usize) -> u64>(items: I, key: F) -> Option<usize> {
    let mut best: Option<(usize, u64)> = None;
    for i in items {
        let k = key(i);
        if best.map_or(true, |(_, bk)| k > bk) {
            best = Some((i, k));
        }
    }
    best.map(|(i, _)| i)
}

fn heaviest_path<N: TreeNode>(nodes: &[N]) -> Option<(u64, Vec<N::Id>)> {
    let forest = build_forest(nodes);
    let mut total = vec![0u64; nodes.len()];
    for &u in top_down(&forest).iter().rev() {
        let below = forest.children[u].iter().map(|&c| total[c]).max().unwrap_or(0);
        total[u] = nodes[u].weight() + below;
    }
    let root = first_max(forest.roots.iter().copied(), |r| total[r])?;
    let mut path = vec![nodes[root].id()];
    let mut u = root;
    while let Some(c) = first_max(forest.children[u].iter().copied(), |c| total[c]) {
        path.push(nodes[c].id());
        u = c;
    }
    Some((total[root], path))
}

fn children_by_id<N: TreeNode>(nodes: &[N]) -> HashMap<N::Id, Vec<N::Id>> {
    let mut map: HashMap<N::Id, Vec<N::Id>> = nodes.iter().map(|n| (n.id(), Vec::new())).collect();
    for n in nodes {
        if let Some(list) = n.parent().and_then(|p| map.get_mut(&p)) {
            list.push(n.id());
        }
    }
    map
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    children_by_id(spans)
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    heaviest_path(spans).map(|(total_us, spans)| CriticalPath { total_us, spans })
}
