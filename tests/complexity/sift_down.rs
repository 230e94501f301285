// Sifting down a binary heap follows one path: logarithmic.
// expect Heap::sift_down: time O(log n), space O(1)
pub struct Heap {
    data: Vec<i32>,
}
impl Heap {
    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let left = 2 * i + 1;
            if left >= n {
                break;
            }
            let child = if left + 1 < n && self.data[left + 1] < self.data[left] { left + 1 } else { left };
            if self.data[child] >= self.data[i] {
                break;
            }
            self.data.swap(i, child);
            i = child;
        }
    }
}
