// learner: slow
// idiom: Chapel HPC programmer: outer loop over window starts, inner loop re-reducing each block as a `+ reduce A[s..#k]`
// why: max_window_sum is O(n*k) (O(n^2) for k = n/2) vs target O(n): the inner reduce recomputes every block sum instead of sliding it
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let numWindows = n - k + 1;
    let mut best = i64::MIN;
    for s in 0..numWindows {
        // + reduce A[s..#k]
        let mut blockSum: i64 = 0;
        for j in s..s + k {
            blockSum += nums[j] as i64;
        }
        if blockSum > best {
            best = blockSum;
        }
    }
    Some(best)
}
