use crate::Rng;
use lru_cache::LruCache;

pub struct Input {
    n: usize,
    /// A random permutation of 0..n: the order of the gets.
    order: Vec<u64>,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut order: Vec<u64> = (0..n as u64).collect();
    rng.shuffle(&mut order);
    Input { n, order }
}

/// A cache of capacity n: n puts to fill it, n gets (all hits, random order, each one
/// moves a key to the front), then n puts of new keys (each one evicts): 3n operations
/// on a structure of size n.
pub fn run(input: Input) -> u64 {
    let n = input.n as u64;
    let mut cache = LruCache::new(input.n);
    for k in 0..n {
        cache.put(k, k);
    }
    let mut sum = 0u64;
    for k in &input.order {
        sum = sum.wrapping_add(cache.get(k).copied().unwrap_or(0));
    }
    for k in n..2 * n {
        cache.put(k, k);
    }
    sum.wrapping_add(cache.len() as u64)
}
