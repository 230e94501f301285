// learner: optimal
// idiom: guard with bool::then, first window as a fold, slide as a fold over (entering, leaving) pairs carrying (sum, best)
//! Maximum sum of a sliding window: see README.md.

fn wide(x: &i32) -> i64 {
    i64::from(*x)
}

fn slide((sum, best): (i64, i64), (enter, leave): (&i32, &i32)) -> (i64, i64) {
    let next = sum + wide(enter) - wide(leave);
    (next, best.max(next))
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    (k > 0 && k <= nums.len()).then(|| {
        let first = nums[..k].iter().map(wide).fold(0, |a, x| a + x);
        let (_, best) = nums[k..].iter().zip(nums).fold((first, first), slide);
        best
    })
}
