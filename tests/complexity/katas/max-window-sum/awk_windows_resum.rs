// learner: slow
// idiom: awk/sed one-liner sysadmin: pipe-style chain, every window re-summed like `for(j=i;j<i+k;j++) s+=a[j]`
// why: max_window_sum is O(n*k) (O(n^2) at k = n/2) vs target O(n): each of the n-k+1 windows is summed from scratch
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
