// learner: slow
// why: pair_sum is O(n log n) time, target O(n): Perl-ish `sort { $a <=> $b }` habit: copies and sorts the values, then walks two pointers inwards
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec();
    v.sort_unstable();
    let mut out = Vec::new();
    if v.len() < 2 { return out; }
    let (mut i, mut j) = (0usize, v.len() - 1);
    while i < j {
        let s = v[i] as i128 + v[j] as i128;
        if s < target as i128 { i += 1; continue; }
        if s > target as i128 { j -= 1; continue; }
        out.push((v[i], v[j]));
        let (a, b) = (v[i], v[j]);
        while i < j && v[i] == a { i += 1; }
        while j > i && v[j] == b { j -= 1; }
    }
    out
}
