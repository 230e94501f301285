use crate::Rng;
use lru_cache::LruCache;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// Key operations (hashes and equality tests) since the last reset.
static KEY_OPS: AtomicU64 = AtomicU64::new(0);

/// A key that counts how often it is hashed or compared. Time cannot tell an
/// O(1) cache from an O(n) one reliably at the sizes a probe can afford (a
/// linear scan of a few thousand `u64`s is as cheap as a hash), but the count
/// can: a `Vec` of keys scanned on every access compares n/2 keys per get.
#[derive(Debug, Clone, Copy)]
pub struct Key(u64);

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        KEY_OPS.fetch_add(1, Ordering::Relaxed);
        self.0 == other.0
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        KEY_OPS.fetch_add(1, Ordering::Relaxed);
        self.0.hash(state);
    }
}

pub struct Input {
    n: usize,
    /// A random permutation of 0..n: the order of the gets.
    order: Vec<Key>,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut order: Vec<Key> = (0..n as u64).map(Key).collect();
    rng.shuffle(&mut order);
    Input { n, order }
}

/// A cache of capacity n: n puts to fill it, n gets (all hits, random order, each one
/// moves a key to the front) each followed by a peek, then n puts of new keys (each one
/// evicts): 4n operations on a structure of size n. Returns the key operations they took.
pub fn run(input: Input) -> u64 {
    KEY_OPS.store(0, Ordering::Relaxed);
    let n = input.n as u64;
    let mut cache = LruCache::new(input.n);
    for k in 0..n {
        cache.put(Key(k), k);
    }
    let mut sum = 0u64;
    for k in &input.order {
        sum = sum.wrapping_add(cache.get(k).copied().unwrap_or(0));
        sum = sum.wrapping_add(cache.peek(k).copied().unwrap_or(0));
    }
    for k in n..2 * n {
        cache.put(Key(k), k);
    }
    std::hint::black_box(sum.wrapping_add(cache.len() as u64));
    KEY_OPS.load(Ordering::Relaxed)
}
