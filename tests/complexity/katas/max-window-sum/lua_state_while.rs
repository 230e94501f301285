// learner: optimal
// idiom: Lua-style mutable state struct (sum, best) advanced by a while loop with a manual index
struct Window {
    sum: i64,
    best: i64,
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut w = Window { sum: 0, best: 0 };
    let mut i = 0;
    while i < k {
        w.sum = w.sum + nums[i] as i64;
        i = i + 1;
    }
    w.best = w.sum;
    while i < n {
        w.sum = w.sum + nums[i] as i64 - nums[i - k] as i64;
        if w.sum > w.best {
            w.best = w.sum;
        }
        i = i + 1;
    }
    Some(w.best)
}
