// Recursive sift-down on the 2i+1 / 2i+2 children: one path, log n.
// expect sink: time O(log n), space O(log n)
// expect Heap::fix: time O(log n), space O(log n)
// target Heap::fix: time O(log n), space O(log n)
pub fn sink(a: &mut [i32], at: usize) {
    let l = 2 * at + 1;
    let r = 2 * at + 2;
    let mut smallest = at;
    if l < a.len() && a[l] < a[smallest] {
        smallest = l;
    }
    if r < a.len() && a[r] < a[smallest] {
        smallest = r;
    }
    if smallest != at {
        a.swap(at, smallest);
        sink(a, smallest);
    }
}
pub struct Heap {
    items: Vec<i32>,
}
impl Heap {
    fn fix(&mut self, pos: usize) {
        let first = pos * 2 + 1;
        if first >= self.items.len() {
            return;
        }
        let mut best = first;
        if first + 1 < self.items.len() && self.items[first + 1] < self.items[first] {
            best = first + 1;
        }
        if self.items[best] < self.items[pos] {
            self.items.swap(best, pos);
            self.fix(best);
        }
    }
}
