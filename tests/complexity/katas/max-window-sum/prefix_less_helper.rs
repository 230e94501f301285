// learner: optimal
// idiom: small helper functions, checked get, loop/break style
fn widen(x: i32) -> i64 {
    x as i64
}

fn initial_window(nums: &[i32], k: usize) -> i64 {
    let mut s = 0;
    let mut i = 0;
    loop {
        if i == k {
            break s;
        }
        s += widen(nums[i]);
        i += 1;
    }
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let valid = k >= 1 && k <= nums.len();
    if !valid {
        return None;
    }
    let mut current = initial_window(nums, k);
    let mut max_seen = current;
    let mut end = k;
    while let Some(&incoming) = nums.get(end) {
        let outgoing = nums[end - k];
        current = current + widen(incoming) - widen(outgoing);
        max_seen = std::cmp::max(max_seen, current);
        end += 1;
    }
    Some(max_seen)
}
