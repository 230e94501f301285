// learner: optimal
// idiom: awk/sed one-liner sysadmin: one pass like `{s+=$1} NR>k{s-=a[NR-k]} NR>=k&&s>m{m=s}`, with NR as a 1-based record counter
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut s: i64 = 0;
    let mut m: Option<i64> = None;
    for (i, &x) in nums.iter().enumerate() {
        let nr = i + 1; // awk's NR
        s += x as i64;
        if nr > k {
            s -= nums[nr - 1 - k] as i64;
        }
        if nr >= k {
            m = Some(match m {
                Some(v) if v >= s => v,
                _ => s,
            });
        }
    }
    m
}
