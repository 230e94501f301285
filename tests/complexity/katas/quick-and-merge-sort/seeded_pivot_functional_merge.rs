// learner: optimal
// idiom: struct with impl and a fixed-seed xorshift pivot, Hoare-free Dutch flag; merge sort written functionally (split Vec, merge with peekable iterators)
//! Quicksort and merge sort, written by hand: see README.md.

struct QuickSorter {
    seed: u64,
}

impl QuickSorter {
    fn new() -> Self {
        QuickSorter { seed: 0x2545_F491_4F6C_DD1D }
    }

    fn next_index(&mut self, len: usize) -> usize {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        (self.seed % len as u64) as usize
    }

    fn run<T: Ord>(&mut self, mut part: &mut [T]) {
        loop {
            let len = part.len();
            if len <= 1 {
                return;
            }
            let pick = self.next_index(len);
            part.swap(0, pick);
            let mut less_end = 0;
            let mut scan = 1;
            let mut more_start = len;
            while scan < more_start {
                if part[scan] < part[less_end] {
                    part.swap(less_end, scan);
                    less_end += 1;
                    scan += 1;
                } else if part[less_end] < part[scan] {
                    more_start -= 1;
                    part.swap(scan, more_start);
                } else {
                    scan += 1;
                }
            }
            let (low, high_with_eq) = part.split_at_mut(less_end);
            let high = &mut high_with_eq[more_start - less_end..];
            if low.len() <= high.len() {
                self.run(low);
                part = high;
            } else {
                self.run(high);
                part = low;
            }
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    QuickSorter::new().run(items);
}

fn merged<T: Ord>(left: Vec<T>, right: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        let from_left = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if from_left { l.next() } else { r.next() };
        out.extend(next);
    }
    out
}

fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    if v.len() < 2 {
        return v;
    }
    let right = v.split_off(v.len() / 2);
    merged(sorted(v), sorted(right))
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let result = sorted(items.to_vec());
    items.clone_from_slice(&result);
}
