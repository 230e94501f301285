// Membership in a Vec inside a loop: a hidden linear scan.
// expect has_duplicate: time O(n^2), space O(n)
// target has_duplicate: time O(n), space O(n)
pub fn has_duplicate(nums: &[i32]) -> bool {
    let mut seen: Vec<i32> = Vec::new();
    for &x in nums {
        if seen.contains(&x) {
            return true;
        }
        seen.push(x);
    }
    false
}
