// learner: slow
// why: max_window_sum is O(n) space, target O(1): the spreadsheet modeller builds the full cumulative-sum column (prefix array) and reads window sums as differences
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    // column B: running total, B[0] = 0, B[i+1] = B[i] + A[i]
    let running: Vec<i64> = std::iter::once(0i64)
        .chain(nums.iter().scan(0i64, |acc, &x| {
            *acc += x as i64;
            Some(*acc)
        }))
        .collect();
    // column C: window sum ending at row i = B[i] - B[i-k]
    (k..running.len()).map(|i| running[i] - running[i - k]).max()
}
