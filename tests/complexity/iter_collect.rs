// Collecting into a new Vec: linear time and space.
// expect doubled: time O(n), space O(n)
pub fn doubled(v: &[i32]) -> Vec<i32> {
    v.iter().map(|x| x * 2).collect()
}
