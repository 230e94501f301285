// learner: optimal
// idiom: small Window trait with default method, newtype running sum, iterator zip of entering/leaving
//! Maximum sum of a sliding window: see README.md.

/// Something that can slide a fixed-size window one step.
trait Slide {
    fn push_pop(&mut self, entering: i32, leaving: i32);
    fn value(&self) -> i64;
    fn seed<I: Iterator<Item = i32>>(&mut self, it: I) {
        for x in it {
            self.push_pop(x, 0);
        }
    }
}

#[derive(Default, Clone, Copy)]
struct RunningSum(i64);

impl Slide for RunningSum {
    fn push_pop(&mut self, entering: i32, leaving: i32) {
        self.0 += i64::from(entering) - i64::from(leaving);
    }
    fn value(&self) -> i64 {
        self.0
    }
}

fn best_of<S: Slide>(mut acc: S, steps: impl Iterator<Item = (i32, i32)>) -> i64 {
    let mut best = acc.value();
    for (enter, leave) in steps {
        acc.push_pop(enter, leave);
        best = best.max(acc.value());
    }
    best
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut acc = RunningSum::default();
    acc.seed(nums[..k].iter().copied());
    let steps = nums[k..].iter().copied().zip(nums.iter().copied());
    Some(best_of(acc, steps))
}
