// learner: optimal
// idiom: PL/I-style: explicit subscripts and counters, DO WHILE loops, a window-state record and paragraph helpers
struct WindowState {
    running_total: i64,
    best_total: i64,
    window_start: usize,
}

fn para_prime_window(nums: &[i32], k: usize) -> WindowState {
    let mut total: i64 = 0;
    let mut sub: usize = 0;
    while sub < k {
        total = total + nums[sub] as i64;
        sub = sub + 1;
    }
    WindowState { running_total: total, best_total: total, window_start: 0 }
}

fn para_slide_one(state: &mut WindowState, nums: &[i32], k: usize) {
    let leaving = nums[state.window_start] as i64;
    let entering = nums[state.window_start + k] as i64;
    state.running_total = state.running_total - leaving + entering;
    if state.running_total > state.best_total {
        state.best_total = state.running_total;
    }
    state.window_start = state.window_start + 1;
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 {
        return None;
    }
    if k > n {
        return None;
    }
    let mut state = para_prime_window(nums, k);
    let last_start = n - k;
    while state.window_start < last_start {
        para_slide_one(&mut state, nums, k);
    }
    Some(state.best_total)
}
