// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: Java/C#-style: QuickSorter and MergeSorter classes with many small private methods)
//! Quicksort and merge sort, written by hand: see README.md.

struct QuickSorter<'a, T> {
    data: &'a mut [T],
}

impl<'a, T: Ord> QuickSorter<'a, T> {
    fn new(data: &'a mut [T]) -> Self {
        QuickSorter { data }
    }

    fn size(&self) -> usize {
        self.data.len()
    }

    fn less(&self, a: usize, b: usize) -> bool {
        self.data[a] < self.data[b]
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.data.swap(a, b);
    }

    fn median_of_three(&self, lo: usize, hi: usize) -> usize {
        let mid = lo + (hi - lo) / 2;
        let last = hi - 1;
        if self.less(lo, mid) {
            if self.less(mid, last) {
                mid
            } else if self.less(lo, last) {
                last
            } else {
                lo
            }
        } else if self.less(lo, last) {
            lo
        } else if self.less(mid, last) {
            last
        } else {
            mid
        }
    }

    /// Three-way partition of [lo, hi); returns the bounds of the block equal to the pivot.
    fn partition(&mut self, lo: usize, hi: usize) -> (usize, usize) {
        let pivot = self.median_of_three(lo, hi);
        self.swap(lo, pivot);
        let mut lt = lo;
        let mut current = lo + 1;
        let mut gt = hi;
        while current < gt {
            if self.less(current, lt) {
                self.swap(current, lt);
                lt += 1;
                current += 1;
            } else if self.less(lt, current) {
                gt -= 1;
                self.swap(current, gt);
            } else {
                current += 1;
            }
        }
        (lt, gt)
    }

    fn sort_range(&mut self, mut lo: usize, mut hi: usize) {
        while hi - lo > 1 {
            let (lt, gt) = self.partition(lo, hi);
            if lt - lo < hi - gt {
                self.sort_range(lo, lt);
                lo = gt;
            } else {
                self.sort_range(gt, hi);
                hi = lt;
            }
        }
    }

    fn sort(&mut self) {
        let n = self.size();
        if n > 1 {
            self.sort_range(0, n);
        }
    }
}

struct MergeSorter<'a, T> {
    data: &'a mut [T],
    buffer: Vec<T>,
}

impl<'a, T: Ord + Clone> MergeSorter<'a, T> {
    fn new(data: &'a mut [T]) -> Self {
        let buffer = data.to_vec();
        MergeSorter { data, buffer }
    }

    fn copy_to_buffer(&mut self, lo: usize, hi: usize) {
        self.buffer[lo..hi].clone_from_slice(&self.data[lo..hi]);
    }

    fn merge(&mut self, lo: usize, mid: usize, hi: usize) {
        self.copy_to_buffer(lo, hi);
        let mut left = lo;
        let mut right = mid;
        for out in lo..hi {
            let take_left = right >= hi || (left < mid && self.buffer[left] <= self.buffer[right]);
            if take_left {
                self.data[out] = self.buffer[left].clone();
                left += 1;
            } else {
                self.data[out] = self.buffer[right].clone();
                right += 1;
            }
        }
    }

    fn sort_range(&mut self, lo: usize, hi: usize) {
        if hi - lo < 2 {
            return;
        }
        let mid = lo + (hi - lo) / 2;
        self.sort_range(lo, mid);
        self.sort_range(mid, hi);
        self.merge(lo, mid, hi);
    }

    fn sort(&mut self) {
        let n = self.data.len();
        self.sort_range(0, n);
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    QuickSorter::new(items).sort();
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    MergeSorter::new(items).sort();
}
