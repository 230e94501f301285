// Bottom-up heapify: a sift-down from every internal position, the paths as
// long as the heights of their starts: O(n) in total, not n log n.
// expect MinHeap::from_vec: time O(n), space O(1)
// target MinHeap::from_vec: time O(n), space O(1)
pub struct MinHeap {
    data: Vec<i64>,
}
impl MinHeap {
    pub fn from_vec(mut data: Vec<i64>) -> MinHeap {
        let n = data.len();
        let mut start = n / 2;
        while start > 0 {
            start -= 1;
            let mut i = start;
            loop {
                let l = 2 * i + 1;
                let r = l + 1;
                let mut m = i;
                if l < n && data[l] < data[m] {
                    m = l;
                }
                if r < n && data[r] < data[m] {
                    m = r;
                }
                if m == i {
                    break;
                }
                data.swap(i, m);
                i = m;
            }
        }
        MinHeap { data }
    }
}
