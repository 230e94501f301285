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
/// Starting a job's thread costs this thread 10 to 20 µs, so bookkeeping that
/// costs O(n) per job (a search of the arrivals for each slot, a scan of the
/// slots or a `retain` of the pending jobs on every arrival: 0.3 to 0.5 ns per
/// element) would outweigh it only from tens of thousands of jobs, each its
/// own thread: the measurement does not see it. (At 32 768 jobs such a scan
/// adds 6 to 8 µs per job to about 14; a fit would need 100 000 and more.)
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
