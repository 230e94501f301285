// learner: optimal
// idiom: windows(k + 1).fold reads only w[0] and w[k] per window: O(1) per step, O(n) total
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| x as i64).sum();
    let (_, best) = nums.windows(k + 1).fold((first, first), |(sum, best), w| {
        let next = sum + w[k] as i64 - w[0] as i64;
        (next, best.max(next))
    });
    Some(best)
}
