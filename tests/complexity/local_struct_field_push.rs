// Pushing every item into a collection inside a struct the function builds
// (`heap.data.push(item)` of a local `heap`) is the function's own memory:
// O(n) extra space, as a local Vec would be.
// expect Heap::from_vec: time O(n), space O(n)
// target Heap::from_vec: time O(n), space O(1)
pub struct Heap {
    data: Vec<u64>,
}

impl Heap {
    pub fn new() -> Self {
        Heap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<u64>) -> Self {
        let mut heap = Heap::new();
        for item in items {
            heap.data.push(item);
        }
        heap
    }
}
