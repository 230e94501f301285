// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, checked arithmetic, while loop
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    if nums.is_empty() {
        return None;
    }
    if k > nums.len() {
        return None;
    }

    let mut current: i64 = 0;
    let mut index: usize = 0;
    while index < k {
        match nums.get(index) {
            Some(value) => current += *value as i64,
            None => return None,
        }
        index += 1;
    }

    let mut best: i64 = current;
    let mut right: usize = k;
    while right < nums.len() {
        let entering = match nums.get(right) {
            Some(v) => *v as i64,
            None => break,
        };
        let leaving = match nums.get(right - k) {
            Some(v) => *v as i64,
            None => break,
        };
        current = current - leaving + entering;
        if current > best {
            best = current;
        }
        right += 1;
    }
    Some(best)
}
