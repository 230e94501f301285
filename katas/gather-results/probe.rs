use crate::Rng;
use gather_results::gather;
use std::time::Duration;

pub struct Input {
    values: Vec<u64>,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input { values: (0..n).map(|_| rng.below(1_000_000)).collect() }
}

/// `n` trivial jobs: the cost is the bookkeeping of `gather` itself
/// (spawning, collecting, ordering), which should be linear.
///
/// Starting a job's thread costs this thread 10 to 20 µs, so an ordering that
/// costs O(n) per job (a search of the arrivals for each slot) would outweigh
/// it only from tens of thousands of jobs: the measurement does not see it.
pub fn run(input: Input) -> u64 {
    let jobs: Vec<_> = input
        .values
        .into_iter()
        .map(|v| move || if v % 5 == 0 { Err(v) } else { Ok(v * 2) })
        .collect();
    gather(jobs, Duration::from_secs(60))
        .into_iter()
        .map(|r| match r {
            Ok(v) => v,
            Err(_) => 1,
        })
        .sum()
}
