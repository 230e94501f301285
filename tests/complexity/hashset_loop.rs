// The same with a HashSet: linear.
// expect has_duplicate: time O(n), space O(n)
use std::collections::HashSet;
pub fn has_duplicate(nums: &[i32]) -> bool {
    let mut seen = HashSet::new();
    for &x in nums {
        if !seen.insert(x) {
            return true;
        }
    }
    false
}
