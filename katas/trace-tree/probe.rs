use crate::Rng;
use trace_tree::{children_map, slowest_path, Span};

pub struct Input {
    spans: Vec<Span>,
}

/// A trace of n spans: each span is called by one of the 16 spans just before it (a
/// broad, deep tree), and delivered shuffled within blocks of 64 spans, so children often
/// arrive before their parents. (A fully random order would mostly measure cache misses.)
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let id = |i: u64| 1_000_000 + i * 7;
    let mut spans: Vec<Span> = (0..n as u64)
        .map(|i| {
            let parent = if i == 0 {
                None
            } else {
                Some(i - 1 - rng.below(i.min(16)))
            };
            Span {
                id: id(i),
                parent: parent.map(id),
                duration_us: rng.below(10_000),
            }
        })
        .collect();
    for block in spans.chunks_mut(64) {
        rng.shuffle(block);
    }
    Input { spans }
}

/// Builds the children index and finds the critical path.
pub fn run(input: Input) -> u64 {
    let map = children_map(&input.spans);
    let path = slowest_path(&input.spans).map_or(0, |p| p.total_us + p.spans.len() as u64);
    map.len() as u64 + path
}
