// The slow counterpart: a capped `for _` whose cursor steps by one is a
// scan, not a path: n rounds.
// expect Heap::find_slot: time O(n), space O(1)
// slow: the cursor moves one place per round
// target Heap::find_slot: time O(log n), space O(1)
pub struct Heap {
    data: Vec<i64>,
}

impl Heap {
    pub fn find_slot(&self, x: i64) -> usize {
        let mut j = 0;
        for _ in 0..self.data.len() {
            if self.data[j] >= x {
                break;
            }
            j += 1;
        }
        j
    }
}
