// learner: optimal
// idiom: bioinformatics style: slide windows(k + 1) over the slice like a read scanner, touching only the two end bases w[0] and w[k]
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut acc: i64 = nums[..k].iter().map(|&x| x as i64).sum();
    let mut best = acc;
    for w in nums.windows(k + 1) {
        acc += w[k] as i64;
        acc -= w[0] as i64;
        best = best.max(acc);
    }
    Some(best)
}
