// learner: optimal
// idiom: Go-style explicit work stack of (lo, hi) ranges (push larger, continue smaller), impl-block sorter with one shared scratch buffer for merge sort
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0usize;
    let mut hi = items.len();
    loop {
        if hi - lo < 2 {
            match stack.pop() {
                Some((a, b)) => {
                    lo = a;
                    hi = b;
                    continue;
                }
                None => break,
            }
        }
        let n = hi - lo;
        let (q1, q2, q3) = (lo + n / 4, lo + n / 2, lo + 3 * n / 4);
        // sort the three samples in place so items[q2] is their median
        if items[q1] > items[q2] {
            items.swap(q1, q2);
        }
        if items[q2] > items[q3] {
            items.swap(q2, q3);
            if items[q1] > items[q2] {
                items.swap(q1, q2);
            }
        }
        items.swap(lo, q2);
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            let ord = items[i].cmp(&items[lt]);
            if ord == Ordering::Less {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            } else if ord == Ordering::Greater {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        // [lo, lt) < pivot, [gt, hi) > pivot
        if lt - lo < hi - gt {
            stack.push((gt, hi));
            hi = lt;
        } else {
            stack.push((lo, lt));
            lo = gt;
        }
    }
}

struct MergeSorter<'a, T> {
    data: &'a mut [T],
    scratch: Vec<T>,
}

impl<'a, T: Ord + Clone> MergeSorter<'a, T> {
    fn new(data: &'a mut [T]) -> Self {
        let scratch = data.to_vec();
        MergeSorter { data, scratch }
    }

    fn sort(&mut self, lo: usize, hi: usize) {
        if hi - lo < 2 {
            return;
        }
        let mid = lo + (hi - lo) / 2;
        self.sort(lo, mid);
        self.sort(mid, hi);
        if self.data[mid - 1] <= self.data[mid] {
            return; // already in order
        }
        self.scratch[lo..hi].clone_from_slice(&self.data[lo..hi]);
        let (mut i, mut j, mut k) = (lo, mid, lo);
        while k < hi {
            let take_left = if i >= mid {
                false
            } else if j >= hi {
                true
            } else {
                self.scratch[i] <= self.scratch[j]
            };
            if take_left {
                self.data[k] = self.scratch[i].clone();
                i += 1;
            } else {
                self.data[k] = self.scratch[j].clone();
                j += 1;
            }
            k += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut sorter = MergeSorter::new(items);
    sorter.sort(0, n);
}
