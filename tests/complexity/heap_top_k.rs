// Pushing every element into a BinaryHeap: n log n.
// expect sorted_desc: time O(n log n), space O(n)
use std::collections::BinaryHeap;
pub fn sorted_desc(v: &[i32]) -> Vec<i32> {
    let mut heap = BinaryHeap::new();
    for &x in v {
        heap.push(x);
    }
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    out
}
