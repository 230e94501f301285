// learner: slow
// why: pair_sum is O(n log n) time, target O(n): sorts a copy then walks two pointers
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec();
    v.sort_unstable();
    let mut out = Vec::new();
    if v.len() < 2 { return out; }
    let (mut i, mut j) = (0usize, v.len() - 1);
    while i < j {
        let s = v[i] as i128 + v[j] as i128;
        if s == target as i128 {
            if out.last() != Some(&(v[i], v[j])) { out.push((v[i], v[j])); }
            i += 1; j -= 1;
        } else if s < target as i128 { i += 1; } else { j -= 1; }
    }
    out
}
