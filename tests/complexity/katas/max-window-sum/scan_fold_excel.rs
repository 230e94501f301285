// learner: optimal
// idiom: spreadsheet SCAN/REDUCE: zip entering and leaving columns, scan a running total, fold the max
//! Maximum sum of a sliding window: see README.md.

/// Named formula: widen a cell to i64.
fn cell(x: &i32) -> i64 {
    *x as i64
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let fits = k >= 1 && k <= nums.len();
    if !fits {
        return None;
    }
    let seed: i64 = nums.iter().take(k).map(cell).sum();
    let entering = nums[k..].iter().map(cell);
    let leaving = nums.iter().map(cell);
    let best = entering
        .zip(leaving)
        .scan(seed, |running, (inn, out)| {
            *running += inn - out;
            Some(*running)
        })
        .fold(seed, i64::max);
    Some(best)
}
