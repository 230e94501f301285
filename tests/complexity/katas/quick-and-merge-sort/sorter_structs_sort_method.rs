// learner: optimal
// idiom: hand-written sorter structs with their own `sort` method called as `sorter.sort(items)` (a local variable receiver); xorshift random pivot + 3-way partition, top-down merge with one reused buffer
use std::cmp::Ordering;

/// Quicksort with pseudo-random pivots from a fixed-seed xorshift generator.
struct QuickSorter {
    state: u64,
}

impl QuickSorter {
    fn new() -> Self {
        QuickSorter { state: 0x2545_F491_4F6C_DD1D }
    }

    fn below(&mut self, n: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % n as u64) as usize
    }

    fn sort<T: Ord>(&mut self, mut items: &mut [T]) {
        while items.len() > 1 {
            let p = self.below(items.len());
            items.swap(0, p);
            let (mut lt, mut i, mut gt) = (0, 1, items.len());
            while i < gt {
                match items[i].cmp(&items[lt]) {
                    Ordering::Less => {
                        items.swap(lt, i);
                        lt += 1;
                        i += 1;
                    }
                    Ordering::Equal => i += 1,
                    Ordering::Greater => {
                        gt -= 1;
                        items.swap(i, gt);
                    }
                }
            }
            let (small, rest) = items.split_at_mut(lt);
            let large = &mut rest[gt - lt..];
            // Recurse into the smaller side, keep looping on the larger: depth <= log2 n.
            if small.len() <= large.len() {
                self.sort(small);
                items = large;
            } else {
                self.sort(large);
                items = small;
            }
        }
    }
}

/// Top-down merge sort that reuses one scratch buffer for every merge.
struct MergeSorter<T> {
    buf: Vec<T>,
}

impl<T: Ord + Clone> MergeSorter<T> {
    fn with_capacity(n: usize) -> Self {
        MergeSorter { buf: Vec::with_capacity(n) }
    }

    fn sort(&mut self, items: &mut [T]) {
        let n = items.len();
        if n < 2 {
            return;
        }
        let mid = n / 2;
        self.sort(&mut items[..mid]);
        self.sort(&mut items[mid..]);
        if items[mid - 1] <= items[mid] {
            return; // already in order
        }
        self.buf.clear();
        self.buf.extend_from_slice(&items[..mid]);
        let (mut i, mut j, mut k) = (0, mid, 0);
        while i < self.buf.len() && j < n {
            if self.buf[i] <= items[j] {
                items[k] = self.buf[i].clone();
                i += 1;
            } else {
                items[k] = items[j].clone();
                j += 1;
            }
            k += 1;
        }
        while i < self.buf.len() {
            items[k] = self.buf[i].clone();
            i += 1;
            k += 1;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut sorter = QuickSorter::new();
    sorter.sort(items);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut sorter = MergeSorter::with_capacity(items.len() / 2 + 1);
    sorter.sort(items);
}
