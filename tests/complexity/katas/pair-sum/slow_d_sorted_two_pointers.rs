// learner: slow
// why: pair_sum is O(n log n) time, target O(n): D habit of sort-then-walk-the-slice-from-both-ends
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec();
    v.sort_unstable();
    let mut out = Vec::new();
    if v.len() < 2 {
        return out;
    }
    let (mut lo, mut hi) = (0usize, v.len() - 1);
    while lo < hi {
        let sum = v[lo] as i128 + v[hi] as i128;
        if sum < target as i128 {
            lo += 1;
        } else if sum > target as i128 {
            hi -= 1;
        } else {
            out.push((v[lo], v[hi]));
            let (a, b) = (v[lo], v[hi]);
            while lo < hi && v[lo] == a {
                lo += 1;
            }
            while hi > lo && v[hi] == b {
                hi -= 1;
            }
        }
    }
    out
}
