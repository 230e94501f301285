// learner: optimal
// idiom: functional: a hand-written Iterator struct yielding window sums, consumed with max()
//! Maximum sum of a sliding window: see README.md.

struct WindowSums<'a> {
    nums: &'a [i32],
    k: usize,
    next_end: usize,
    sum: Option<i64>,
}

impl<'a> Iterator for WindowSums<'a> {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        match self.sum {
            None => {
                let first: i64 = self.nums[..self.k].iter().map(|&x| x as i64).sum();
                self.sum = Some(first);
                self.next_end = self.k;
                Some(first)
            }
            Some(s) => {
                if self.next_end >= self.nums.len() {
                    return None;
                }
                let e = self.next_end;
                let s = s + self.nums[e] as i64 - self.nums[e - self.k] as i64;
                self.sum = Some(s);
                self.next_end += 1;
                Some(s)
            }
        }
    }
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    WindowSums { nums, k, next_end: 0, sum: None }.max()
}
