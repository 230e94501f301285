// learner: optimal
// idiom: Java-style small struct RunningWindow with getters and private helpers, while loop driving it
//! Maximum sum of a sliding window: see README.md.

struct RunningWindow {
    current: i64,
    best: i64,
}

impl RunningWindow {
    fn new(initial: i64) -> Self {
        RunningWindow { current: initial, best: initial }
    }

    fn slide(&mut self, entering: i32, leaving: i32) {
        self.current += Self::widen(entering);
        self.current -= Self::widen(leaving);
        self.update_best();
    }

    fn update_best(&mut self) {
        if self.current > self.best {
            self.best = self.current;
        }
    }

    fn widen(v: i32) -> i64 {
        v as i64
    }

    fn get_best(&self) -> i64 {
        self.best
    }
}

fn is_valid_window(len: usize, k: usize) -> bool {
    k != 0 && k <= len
}

fn initial_sum(nums: &[i32], k: usize) -> i64 {
    let mut total = 0i64;
    let mut idx = 0usize;
    while idx < k {
        total += nums[idx] as i64;
        idx += 1;
    }
    total
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if !is_valid_window(nums.len(), k) {
        return None;
    }
    let mut window = RunningWindow::new(initial_sum(nums, k));
    let mut right = k;
    while right < nums.len() {
        window.slide(nums[right], nums[right - k]);
        right += 1;
    }
    Some(window.get_best())
}
