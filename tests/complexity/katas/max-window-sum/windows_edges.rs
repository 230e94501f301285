// learner: optimal
// idiom: windows(k + 1) used only for its two end elements (O(1) per step), running sum and best carried through a fold
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let opening: i64 = nums.iter().take(k).map(|&x| x as i64).sum();
    let (_, best) = nums
        .windows(k + 1)
        .map(|w| (w[0] as i64, w[k] as i64))
        .fold((opening, opening), |(running, best), (out, inn)| {
            let running = running - out + inn;
            (running, best.max(running))
        });
    Some(best)
}
