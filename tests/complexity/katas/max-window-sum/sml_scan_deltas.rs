// learner: optimal
// idiom: Standard ML student: checked split of the slice into head window and the rest, then a scan over per-step deltas and a max
// why:
//! Maximum sum of a sliding window: see README.md.

fn widen(x: &i32) -> i64 {
    i64::from(*x)
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    let (head, tail) = nums.split_at_checked(k)?;
    let start: i64 = head.iter().map(widen).sum();
    let deltas = tail.iter().zip(nums).map(|(inn, out)| widen(inn) - widen(out));
    let sums = deltas.scan(start, |acc, d| {
        *acc += d;
        Some(*acc)
    });
    Some(sums.fold(start, i64::max))
}
