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

/// Loads every key once (n misses), reads each back twice (2n hits), then
/// invalidates every other key: 3.5n operations on a cache of n entries.
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
    for &k in input.keys.iter().step_by(2) {
        cache.invalidate(&k);
    }
    sum.wrapping_add(cache.get(&input.keys[0]).unwrap_or(1))
}
