// A sift-up that steps through textbook helpers: `i = parent(i)` with
// `parent(i) = (i - 1) / 2`, and a d-ary heap's `let p = parent_of(i); … i
// = p` dividing by a named constant: one path up the tree, O(log n).
// expect Heap::push: time O(log n), space O(1)
// target Heap::push: time O(log n), space O(1)
// expect Heap::push_quaternary: time O(log n), space O(1)
// target Heap::push_quaternary: time O(log n), space O(1)
const ARITY: usize = 4;

fn parent(i: usize) -> usize {
    (i - 1) / 2
}

fn parent_of(i: usize) -> usize {
    (i - 1) / ARITY
}

pub struct Heap {
    data: Vec<i64>,
}

impl Heap {
    pub fn push(&mut self, x: i64) {
        self.data.push(x);
        let mut i = self.data.len() - 1;
        while i > 0 && self.data[parent(i)] > self.data[i] {
            self.data.swap(i, parent(i));
            i = parent(i);
        }
    }

    pub fn push_quaternary(&mut self, x: i64) {
        self.data.push(x);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = parent_of(i);
            if self.data[i] >= self.data[p] {
                break;
            }
            self.data.swap(i, p);
            i = p;
        }
    }
}
