use crate::Rng;
use stampede_cache::{ManualClock, StampedeCache};

pub struct Input {
    keys: Vec<u64>,
}

/// n distinct keys in random order.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut keys: Vec<u64> = (0..n as u64).map(|k| k * 7 + 1).collect();
    rng.shuffle(&mut keys);
    Input { keys }
}

/// Loads every key once (n misses), then reads each back twice (2n hits):
/// 3n operations on a cache that grows to n entries.
pub fn run(input: Input) -> u64 {
    let cache = StampedeCache::new(u64::MAX / 2, ManualClock::new(0));
    let mut sum = 0u64;
    for &k in &input.keys {
        sum = sum.wrapping_add(cache.get_or_load(k, |&k| k ^ 0x5555));
    }
    for &k in &input.keys {
        sum = sum.wrapping_add(cache.get(&k).unwrap_or(0));
        sum = sum.wrapping_add(cache.get_or_load(k, |_| 0));
    }
    sum
}
