// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): a Java-style WindowScanner re-sums every window from scratch via a getter
struct WindowScanner<'a> {
    values: &'a [i32],
    width: usize,
}

impl<'a> WindowScanner<'a> {
    fn new(values: &'a [i32], width: usize) -> Self {
        WindowScanner { values, width }
    }

    fn get_width(&self) -> usize {
        self.width
    }

    fn get_window_count(&self) -> usize {
        self.values.len() - self.width + 1
    }

    fn is_valid(&self) -> bool {
        self.width > 0 && self.width <= self.values.len()
    }

    fn get_window_sum(&self, start: usize) -> i64 {
        let mut total: i64 = 0;
        let mut i = start;
        while i < start + self.get_width() {
            total += self.values[i] as i64;
            i += 1;
        }
        total
    }

    fn get_best(&self) -> Option<i64> {
        if !self.is_valid() {
            return None;
        }
        let mut best: Option<i64> = None;
        for start in 0..self.get_window_count() {
            let sum = self.get_window_sum(start);
            best = match best {
                Some(b) if b >= sum => Some(b),
                _ => Some(sum),
            };
        }
        best
    }
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    WindowScanner::new(nums, k).get_best()
}
