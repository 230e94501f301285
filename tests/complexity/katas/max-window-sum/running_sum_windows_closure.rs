// learner: optimal
// idiom: Groovy/Gradle build engineer: seed the first window with take(k).sum(), then zip the leaving and entering elements and scan/max over the running sum, closure-pipeline style
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let slides = nums.iter().zip(&nums[k..]).scan(first, |sum, (&out, &inc)| {
        *sum += i64::from(inc) - i64::from(out);
        Some(*sum)
    });
    slides.fold(Some(first), |best, s| best.map(|b| b.max(s)))
}
