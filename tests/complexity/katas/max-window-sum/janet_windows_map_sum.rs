// learner: slow
// idiom: Janet: (max ;(map sum (partition-ish windows))), every window summed whole
// why: windows(k) + sum per window is O(k) per window, O(n k) in total
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
