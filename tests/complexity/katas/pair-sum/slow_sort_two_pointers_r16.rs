// learner: slow
// why: pair_sum is O(n log n) time, target O(n): copies and sorts the input, then walks two pointers inward
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec();
    v.sort_unstable();
    let mut res = Vec::new();
    if v.len() < 2 {
        return res;
    }
    let (mut lo, mut hi) = (0usize, v.len() - 1);
    while lo < hi {
        let s = v[lo] as i128 + v[hi] as i128;
        if s == target as i128 {
            res.push((v[lo], v[hi]));
            let (a, b) = (v[lo], v[hi]);
            while lo < hi && v[lo] == a { lo += 1; }
            while hi > lo && v[hi] == b { hi -= 1; }
        } else if s < target as i128 {
            lo += 1;
        } else {
            hi -= 1;
        }
    }
    res
}
