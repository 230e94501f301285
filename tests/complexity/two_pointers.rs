// Two converging pointers on sorted input: linear.
// expect has_pair: time O(n), space O(1)
pub fn has_pair(sorted: &[i64], target: i64) -> bool {
    if sorted.is_empty() {
        return false;
    }
    let (mut i, mut j) = (0, sorted.len() - 1);
    while i < j {
        let s = sorted[i] + sorted[j];
        if s == target {
            return true;
        } else if s < target {
            i += 1;
        } else {
            j -= 1;
        }
    }
    false
}
