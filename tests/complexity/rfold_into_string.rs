// `rfold` walks every element, as `fold` does.
// expect reversed_sum: time O(n), space O(1)
// target reversed_sum: time O(n), space O(1)
pub fn reversed_sum(xs: &[u64]) -> u64 {
    xs.iter().rfold(0, |acc, x| acc * 31 + x)
}
