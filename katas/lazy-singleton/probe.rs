use crate::Rng;
use lazy_singleton::OnceCell;

pub struct Input {
    seed: u64,
    reads: usize,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    // 32 reads per unit of n so that small sizes are still measurable.
    Input { seed: rng.next_u64(), reads: n * 32 }
}

/// One initialisation and `32 n` reads: each read after the first must be
/// O(1) (the fast path), so a run is O(n).
///
/// All reads come from this one thread. A cost that grows with the number of
/// distinct reader threads (a registry of them scanned on every read) is not
/// measured: to show, it would need hundreds of threads started per input
/// (one after another, as the runner limits tasks), seconds per check.
pub fn run(input: Input) -> u64 {
    let cell = OnceCell::new();
    let mut sum = 0u64;
    for i in 0..input.reads {
        let v = *cell.get_or_init(|| input.seed);
        sum = sum.wrapping_add(std::hint::black_box(v) ^ i as u64);
    }
    sum
}
