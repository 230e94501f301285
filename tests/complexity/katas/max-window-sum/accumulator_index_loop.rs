// learner: optimal
// idiom: Prolog logic programmer: one pass with accumulators (Sum, Best) threaded through an index loop, the window relation window(I, Sum) updated by adding X(I) and dropping X(I-K)
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum: i64 = 0;
    let mut best: Option<i64> = None;
    for i in 0..nums.len() {
        sum += nums[i] as i64;
        if i >= k {
            sum -= nums[i - k] as i64;
        }
        if i + 1 >= k {
            best = Some(match best {
                None => sum,
                Some(b) if sum > b => sum,
                Some(b) => b,
            });
        }
    }
    best
}
