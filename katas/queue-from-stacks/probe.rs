use crate::Rng;
use queue_from_stacks::TwoStackQueue;

pub type Input = usize;

pub fn build(n: usize, _rng: &mut Rng) -> Input {
    n
}

/// Fills a queue with n elements, cycles n more through it (dequeue + enqueue, so the
/// queue stays at size n), then drains it: 4n operations on a queue of size ~n.
pub fn run(n: Input) -> u64 {
    let mut q = TwoStackQueue::new();
    for x in 0..n as u64 {
        q.enqueue(x);
    }
    let mut sum = 0u64;
    for x in 0..n as u64 {
        sum = sum.wrapping_add(q.dequeue().unwrap_or(0));
        q.enqueue(x ^ 0x5555);
    }
    while let Some(x) = q.dequeue() {
        sum = sum.wrapping_add(x);
    }
    sum.wrapping_add(q.len() as u64)
}
