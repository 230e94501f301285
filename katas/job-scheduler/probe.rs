use crate::Rng;
use job_scheduler::Scheduler;

pub struct Input {
    priorities: Vec<u32>,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input { priorities: (0..n).map(|_| rng.below(1_000) as u32).collect() }
}

/// Submits n jobs, then runs them all; every job fails its first attempt
/// and succeeds on its retry. About 4n queue operations on a queue of ~n.
pub fn run(input: Input) -> u64 {
    let mut s = Scheduler::new(3, 2);
    for (i, &p) in input.priorities.iter().enumerate() {
        s.submit(if i % 2 == 0 { "even" } else { "odd" }, p);
    }
    let mut now = 0u64;
    let mut checksum = 0u64;
    while s.pending() > 0 {
        now += 1;
        if let Some(job) = s.next(now) {
            checksum = checksum.wrapping_mul(31).wrapping_add(job.id);
            if job.attempts == 1 {
                s.fail(job.id, now);
            } else {
                s.complete(job.id);
            }
        }
    }
    checksum
}
