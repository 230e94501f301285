// learner: slow
// why: pair_sum is O(n log n) time, target O(n): sorts a copy first, then walks two pointers inward
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec();
    v.sort_unstable();
    let mut out = Vec::new();
    if v.len() < 2 {
        return out;
    }
    let (mut l, mut r) = (0usize, v.len() - 1);
    while l < r {
        // i128 so that the sum of two extreme i64 values cannot overflow
        let s = v[l] as i128 + v[r] as i128;
        let t = target as i128;
        if s < t {
            l += 1;
        } else if s > t {
            r -= 1;
        } else {
            out.push((v[l], v[r]));
            let (a, b) = (v[l], v[r]);
            while l < r && v[l] == a {
                l += 1;
            }
            while l < r && v[r] == b {
                r -= 1;
            }
        }
    }
    out
}
