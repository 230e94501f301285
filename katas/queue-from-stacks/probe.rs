use crate::Rng;
use queue_from_stacks::TwoStackQueue;

pub type Input = usize;

pub fn build(n: usize, _rng: &mut Rng) -> Input {
    n
}

/// Fills a queue with n elements (peeking after each), cycles n more through
/// it (peek + dequeue + enqueue, so the queue stays at size n), then drains
/// it: 6n operations on a queue of size ~n. Every operation the kata grades
/// is called n times, with and without elements waiting to be moved, so a
/// `peek` that walks the queue shows as n^2.
pub fn run(n: Input) -> u64 {
    let mut q = TwoStackQueue::new();
    let mut sum = 0u64;
    for x in 0..n as u64 {
        q.enqueue(x);
        // Before any dequeue: the front is the oldest enqueued element.
        sum = sum.wrapping_add(q.peek().copied().unwrap_or(0));
    }
    for x in 0..n as u64 {
        sum = sum.wrapping_add(q.peek().copied().unwrap_or(0));
        sum = sum.wrapping_add(q.dequeue().unwrap_or(0));
        q.enqueue(x ^ 0x5555);
    }
    while let Some(x) = q.dequeue() {
        sum = sum.wrapping_add(x);
    }
    sum.wrapping_add(q.len() as u64)
}
