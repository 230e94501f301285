// A sift written as a `for _ in 0..len` with breaks: the range is only a
// safety cap; the cursor halves (up) or doubles (down) each round, so it
// walks one path of the heap: log n rounds.
// expect Heap::up: time O(log n), space O(1)
// expect Heap::down: time O(log n), space O(1)
// target Heap::up: time O(log n), space O(1)
// target Heap::down: time O(log n), space O(1)
pub struct Heap {
    data: Vec<i64>,
}

impl Heap {
    pub fn up(&mut self, mut j: usize) {
        for _ in 0..self.data.len() {
            if j == 0 {
                break;
            }
            let parent = (j - 1) / 2;
            if self.data[parent] <= self.data[j] {
                break;
            }
            self.data.swap(parent, j);
            j = parent;
        }
    }

    pub fn down(&mut self, mut i: usize) {
        let n = self.data.len();
        for _ in 0..n {
            let left = 2 * i + 1;
            if left >= n {
                break;
            }
            let right = left + 1;
            let child = if right < n && self.data[right] < self.data[left] { right } else { left };
            if self.data[i] <= self.data[child] {
                break;
            }
            self.data.swap(i, child);
            i = child;
        }
    }
}
